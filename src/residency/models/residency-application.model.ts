import { Field, ID, ObjectType } from '@nestjs/graphql';
import { District } from '../../addresses/index.js';
import { FACTS_KEY } from '../application-facts.validator.js';
import type { ResidencyApplication } from '../entities/residency-application.entity.js';
import { EvidenceKind, EXPECTED_EVIDENCE } from '../evidence-kind.js';
import { ResidencyApplicationStatus } from '../residency-application-status.js';
import { ResidencyCategory } from '../residency-category.js';
import { CommuterFactsModel, FormerResidentFactsModel, SecondHomeFactsModel, StudentFactsModel } from './application-facts.models.js';

@ObjectType('ResidencyApplication')
export class ResidencyApplicationModel {
  @Field(() => ID)
  id: string;

  @Field(() => ResidencyCategory)
  category: ResidencyCategory;

  @Field(() => District)
  district: District;

  @Field(() => ResidencyApplicationStatus)
  status: ResidencyApplicationStatus;

  @Field()
  givenName: string;

  @Field()
  familyName: string;

  @Field(() => StudentFactsModel, { nullable: true })
  student: StudentFactsModel | null;

  @Field(() => CommuterFactsModel, { nullable: true })
  commuter: CommuterFactsModel | null;

  @Field(() => SecondHomeFactsModel, { nullable: true })
  secondHome: SecondHomeFactsModel | null;

  @Field(() => FormerResidentFactsModel, { nullable: true })
  formerResident: FormerResidentFactsModel | null;

  @Field(() => EvidenceKind, { description: 'The document that makes this category’s case clear.' })
  expectedEvidenceKind: EvidenceKind;

  @Field()
  consentGivenAt: Date;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field({ description: 'True when the rules approved it without staff.' })
  decidedAutomatically: boolean;

  @Field(() => String, { nullable: true, description: 'Code of the rejection reason, e.g. `evidence_insufficient`.' })
  rejectionReason: string | null;

  @Field(() => String, { nullable: true, description: 'The citizens’ office’s explanation of its decision.' })
  decisionMessage: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  static from(row: ResidencyApplication): ResidencyApplicationModel {
    const factsKey = FACTS_KEY[row.category];
    return Object.assign(new ResidencyApplicationModel(), {
      id: row.id,
      category: row.category,
      district: row.district,
      status: row.status,
      givenName: row.givenName,
      familyName: row.familyName,
      student: null,
      commuter: null,
      secondHome: null,
      formerResident: null,
      [factsKey]: row.facts,
      expectedEvidenceKind: EXPECTED_EVIDENCE[row.category],
      consentGivenAt: row.consentGivenAt,
      submittedAt: row.submittedAt,
      decidedAt: row.decidedAt,
      decidedAutomatically: row.decidedAutomatically,
      rejectionReason: row.rejectionReason,
      decisionMessage: row.decisionMessage,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    });
  }
}
