import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EstablishmentKind, EstablishmentStatus } from '../company-enums.js';
import { ArticlesKind, BranchChecklistItem, GrowthDeadlineKind, GrowthPackage, GrowthStage, SubsidiaryLegalForm } from './growth-enums.js';
import type { GrowingCompany } from './growth-office.service.js';
import { PACKAGES_OF, packagePath } from './growth-packages.service.js';
import type { GrowthPlanView } from './growth.service.js';

export const growthDocumentPath = (planId: string, item: BranchChecklistItem) => `/api/companies/growth/${planId}/documents/${item}`;

@ObjectType('GrowthChecklistEntry')
export class GrowthChecklistEntryModel {
  @Field(() => BranchChecklistItem) item: BranchChecklistItem;
  @Field({ description: 'Needed for this company (the apostille is not, between EU/EEA states).' }) required: boolean;
  @Field(() => String, { nullable: true }) fileName: string | null;
  @Field(() => String, { nullable: true }) mediaType: string | null;
  @Field(() => Date, { nullable: true }) uploadedAt: Date | null;
  @Field({ description: 'POST (multipart field `file`) to upload, GET to download.' }) path: string;
}

@ObjectType('GrowthShareholder')
export class GrowthShareholderModel {
  @Field() name: string;
  @Field() countryCode: string;
  @Field(() => Int) nominalCents: number;
  @Field() isParentCompany: boolean;
}

@ObjectType('SubsidiaryPlan')
export class SubsidiaryPlanModel {
  @Field() name: string;
  @Field(() => SubsidiaryLegalForm) legalForm: SubsidiaryLegalForm;
  @Field(() => Int) shareCapitalCents: number;
  @Field(() => ArticlesKind) articles: ArticlesKind;
  @Field(() => [GrowthShareholderModel]) shareholders: GrowthShareholderModel[];
  @Field(() => [ID]) managingDirectorAccountIds: string[];
}

@ObjectType('OnlineNotarisationCheck', {
  description: 'Whether a person can sign with the notary online (§16a ff. BeurkG): only with an eID at level high.',
})
export class OnlineNotarisationCheckModel {
  @Field(() => ID) accountId: string;
  @Field(() => String, { nullable: true }) givenName: string | null;
  @Field(() => String, { nullable: true }) familyName: string | null;
  @Field(() => String, { nullable: true, description: 'How the platform verified the person (eid, video, …).' }) method: string | null;
  @Field(() => String, { nullable: true }) nationality: string | null;
  @Field() eligible: boolean;
  @Field({ description: 'eid, eu_eea_needs_eid, needs_eid_or_presence or not_verified (companies:growth.notarisation.*).' }) reason: string;
}

@ObjectType('GrowthDeadline')
export class GrowthDeadlineModel {
  @Field(() => GrowthDeadlineKind) kind: GrowthDeadlineKind;
  @Field({ description: 'YYYY-MM-DD' }) dueOn: string;
  @Field(() => Date, { nullable: true }) doneAt: Date | null;
  @Field(() => Date, { nullable: true }) remindedAt: Date | null;
}

@ObjectType('GrowthPackageLink')
export class GrowthPackageLinkModel {
  @Field(() => GrowthPackage) package: GrowthPackage;
  @Field() pdfPath: string;
  @Field() jsonPath: string;
}

@ObjectType('GrowthPlan', {
  description: 'A company’s way to a branch or a subsidiary: the platform prepares and tracks, the notary and the register court decide.',
})
export class GrowthPlanModel {
  @Field(() => ID) id: string;
  @Field(() => ID) companyId: string;
  @Field(() => ID) establishmentId: string;
  @Field(() => EstablishmentKind) kind: EstablishmentKind;
  @Field(() => GrowthStage) stage: GrowthStage;
  @Field(() => EstablishmentStatus, { description: 'active once the establishment’s trade registration is registered.' })
  establishmentStatus: EstablishmentStatus;
  @Field(() => [String]) businessAddressLines: string[];
  @Field(() => [GrowthChecklistEntryModel]) checklist: GrowthChecklistEntryModel[];
  @Field(() => SubsidiaryPlanModel, { nullable: true }) subsidiary: SubsidiaryPlanModel | null;
  @Field(() => [OnlineNotarisationCheckModel]) onlineNotarisation: OnlineNotarisationCheckModel[];
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) businessStartDate: string | null;
  @Field(() => [GrowthDeadlineModel]) deadlines: GrowthDeadlineModel[];
  @Field(() => [GrowthPackageLinkModel]) packages: GrowthPackageLinkModel[];
  @Field(() => Date, { nullable: true }) handedOverAt: Date | null;
  @Field(() => String, { nullable: true }) registerCourt: string | null;
  @Field(() => String, { nullable: true }) registerNumber: string | null;
  @Field(() => Date, { nullable: true }) registeredAt: Date | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;

  static from(view: GrowthPlanView): GrowthPlanModel {
    const { plan, establishment, documents, requiredItems } = view;
    const kind = plan.kind === EstablishmentKind.branch ? 'branch' : 'subsidiary';
    return Object.assign(new GrowthPlanModel(), {
      id: plan.id,
      companyId: plan.companyId,
      establishmentId: plan.establishmentId,
      kind: plan.kind,
      stage: plan.stage,
      establishmentStatus: establishment.status,
      businessAddressLines: establishment.businessAddressLines ?? [],
      checklist:
        plan.kind === EstablishmentKind.branch
          ? Object.values(BranchChecklistItem).map((item) => {
              const document = documents.find((row) => row.item === item);
              return {
                item,
                required: requiredItems.includes(item),
                fileName: document?.fileName ?? null,
                mediaType: document?.mediaType ?? null,
                uploadedAt: document?.uploadedAt ?? null,
                path: growthDocumentPath(plan.id, item),
              };
            })
          : [],
      subsidiary: plan.subsidiary,
      onlineNotarisation: view.notarisation,
      businessStartDate: plan.businessStartDate,
      deadlines: view.deadlines,
      packages: PACKAGES_OF[kind].map((pkg) => ({
        package: pkg,
        pdfPath: packagePath(plan.id, pkg, 'pdf'),
        jsonPath: packagePath(plan.id, pkg, 'json'),
      })),
      handedOverAt: plan.handedOverAt,
      registerCourt: plan.registerCourt,
      registerNumber: plan.registerNumber,
      registeredAt: plan.registeredAt,
      createdAt: plan.createdAt,
      updatedAt: plan.updatedAt,
    });
  }
}

@ObjectType('GrowingCompany')
export class GrowingCompanyModel {
  @Field(() => ID) companyId: string;
  @Field() legalName: string;
  @Field() countryCode: string;
  @Field(() => ID) planId: string;
  @Field(() => EstablishmentKind) kind: EstablishmentKind;
  @Field(() => GrowthStage) stage: GrowthStage;
  @Field() updatedAt: Date;

  static from({ plan, company }: GrowingCompany): GrowingCompanyModel {
    return Object.assign(new GrowingCompanyModel(), {
      companyId: company.id,
      legalName: company.legalName,
      countryCode: company.countryCode,
      planId: plan.id,
      kind: plan.kind,
      stage: plan.stage,
      updatedAt: plan.updatedAt,
    });
  }
}
