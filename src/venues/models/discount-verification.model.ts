import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('VerifiedCard', {
  description: 'Predicates only: no name, address, birth date or card id (the name of a printed card is on DiscountVerification).',
})
export class VerifiedCardModel {
  @Field() status: string;
  @Field() validUntil: string;
  @Field(() => [String]) categories: string[];
}

@ObjectType('VerifiedOffer')
export class VerifiedOfferModel {
  @Field(() => ID) id: string;
  @Field({ description: 'In the caller’s language, or German when the offer has no translation (see titleLanguage).' }) title: string;
  @Field({ description: 'The language `title` is in.' }) titleLanguage: string;
  @Field(() => Int, { nullable: true }) discountPercent: number | null;
  @Field(() => Int, { nullable: true }) fixedPriceCents: number | null;
}

@ObjectType('DiscountVerification', { description: 'The same verdict as POST /api/partner/v1/verifications.' })
export class DiscountVerificationModel {
  @Field(() => ID) verificationId: string;
  @Field() valid: boolean;
  @Field() eligible: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'UNKNOWN_CARD, INVALID_SIGNATURE, STALE_PRESENTATION, REVOKED, SUSPENDED, EXPIRED or NOT_ELIGIBLE',
  })
  reason: string | null;
  @Field(() => VerifiedCardModel, { nullable: true }) card: VerifiedCardModel | null;
  @Field(() => VerifiedOfferModel, { nullable: true }) offer: VerifiedOfferModel | null;
  @Field({
    description:
      'The same live code was already shown at this venue (a passed-on screenshot), or a printed card is used here for the third time today or more.',
  })
  repeatedPresentation: boolean;
  @Field(() => String, { nullable: true, description: '`phone` (live code with device key binding) or `printed`; null when refused.' })
  presentation: 'phone' | 'printed' | null;
  @Field(() => String, { nullable: true, description: 'Only for a valid printed card: the name to compare with a photo ID.' })
  holderName: string | null;
  @Field(() => String, { nullable: true, description: 'For a printed card: compare the name with a photo ID (caller’s language).' })
  notice: string | null;
  @Field(() => Int, { nullable: true, description: 'For a printed card: its uses at this venue today, this one included.' })
  printedCardUsesToday: number | null;
}
