import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination/connection.js';
import { encodeCursor } from '../../common/pagination/cursor.js';
import { VenueApplicationStatus, type ProposedOffer, type VenueApplication } from '../entities/venue-application.entity.js';
import { VenueKind } from '../entities/venue.entity.js';

registerEnumType(VenueApplicationStatus, { name: 'VenueApplicationStatus' });

@ObjectType('ProposedOfferTranslation')
export class ProposedOfferTranslationModel {
  @Field() language: string;
  @Field() title: string;
}

@ObjectType('ProposedOffer')
export class ProposedOfferModel {
  @Field() titleDe: string;
  @Field() titleEn: string;
  @Field(() => [ProposedOfferTranslationModel]) translations: ProposedOfferTranslationModel[];
  @Field(() => Int, { nullable: true }) discountPercent: number | null;
  @Field(() => Int, { nullable: true }) fixedPriceCents: number | null;

  static from(offer: ProposedOffer): ProposedOfferModel {
    return Object.assign(new ProposedOfferModel(), {
      ...offer,
      translations: Object.entries(offer.translations).map(([language, texts]) => ({ language, title: texts.title })),
    });
  }
}

@ObjectType('VenueApplication')
export class VenueApplicationModel {
  @Field(() => ID) id: string;
  @Field() organisationName: string;
  @Field(() => VenueKind) kind: VenueKind;
  @Field() address: string;
  @Field() district: string;
  @Field() contactName: string;
  @Field() contactEmail: string;
  @Field() contactPhone: string;
  @Field() description: string;
  @Field(() => [String]) categories: string[];
  @Field(() => [ProposedOfferModel]) offers: ProposedOfferModel[];
  @Field(() => VenueApplicationStatus) status: VenueApplicationStatus;
  @Field(() => String, { nullable: true }) infoRequest: string | null;
  @Field(() => String, { nullable: true }) applicantAnswer: string | null;
  @Field(() => String, { nullable: true, description: 'The reason code when rejected (`venues:rejectionReasons.<code>`).' })
  rejectionReason: string | null;
  @Field(() => String, { nullable: true }) decisionMessage: string | null;
  @Field(() => ID, { nullable: true }) venueId: string | null;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
  @Field() createdAt: Date;
  cursor: string;

  static from(row: VenueApplication): VenueApplicationModel {
    return Object.assign(new VenueApplicationModel(), {
      id: row.id,
      organisationName: row.organisationName,
      kind: row.kind,
      address: row.address,
      district: row.district,
      contactName: row.contactName,
      contactEmail: row.contactEmail,
      contactPhone: row.contactPhone,
      description: row.description,
      categories: row.categories,
      offers: row.offers.map(ProposedOfferModel.from),
      status: row.status,
      infoRequest: row.infoRequest,
      applicantAnswer: row.applicantAnswer,
      rejectionReason: row.rejectionReason,
      decisionMessage: row.decisionMessage,
      venueId: row.venueId,
      decidedAt: row.decidedAt,
      createdAt: row.createdAt,
      cursor: encodeCursor({ createdAt: row.createdAt.toISOString(), id: row.id }),
    });
  }
}

@ObjectType()
export class VenueApplicationConnection extends Connection(VenueApplicationModel, 'VenueApplicationConnection') {}
