import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { formatCardNumber } from '../card-number.js';
import { CardEntitlementStatus } from '../entities/card-entitlement.entity.js';
import { CitizenCardStatus, type CitizenCard } from '../entities/citizen-card.entity.js';

registerEnumType(CitizenCardStatus, { name: 'CitizenCardStatus' });
registerEnumType(CardEntitlementStatus, {
  name: 'CardEntitlementStatus',
  description:
    'The holder’s right to a card. suspended/revoked: staff suspended or revoked it; every card of the holder is then suspended/revoked.',
});

/** Who reads the card: staff see the reason of a staff suspension or revocation; the holder does not. */
export type CardAudience = 'holder' | 'staff';

/** The card's state as partners see it: a suspended or revoked entitlement overrides a live card's own state. */
export function effectiveCardStatus(card: CitizenCardStatus, entitlement: CardEntitlementStatus): CitizenCardStatus {
  const live = card === CitizenCardStatus.active || card === CitizenCardStatus.suspended;
  if (entitlement === CardEntitlementStatus.revoked && live) return CitizenCardStatus.revoked;
  if (entitlement === CardEntitlementStatus.suspended && card === CitizenCardStatus.active) return CitizenCardStatus.suspended;
  return card;
}

@ObjectType('CitizenCard')
export class CitizenCardModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Twelve digits, the last a check digit, grouped in fours.' })
  number: string;

  @Field()
  holderName: string;

  @Field({
    description:
      'Whether the name comes from a verified identity (eID or video identification); false: the card is marked “name not verified”.',
  })
  holderNameVerified: boolean;

  @Field(() => [String])
  categories: string[];

  @Field()
  district: string;

  @Field()
  validFrom: Date;

  @Field()
  validUntil: Date;

  @Field(() => CitizenCardStatus, { description: 'The state partners see; a suspended or revoked entitlement overrides the card’s own.' })
  status: CitizenCardStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Why the card is in its state; for a staff suspension or revocation, to staff only.',
  })
  statusReason: string | null;

  @Field(() => CardEntitlementStatus, {
    description:
      'The holder’s entitlement; not active: only the citizens’ office can lift it, and nothing can be replaced, requested, renewed or activated.',
  })
  entitlementStatus: CardEntitlementStatus;

  @Field(() => ID, { nullable: true })
  replacedByCardId: string | null;

  @Field()
  createdAt: Date;

  static from(
    card: CitizenCard,
    entitlement: { status: CardEntitlementStatus; reason: string | null },
    audience: CardAudience,
  ): CitizenCardModel {
    const status = effectiveCardStatus(card.status, entitlement.status);
    const byEntitlement = status !== card.status;
    return Object.assign(new CitizenCardModel(), {
      id: card.id,
      number: formatCardNumber(card.number),
      holderName: card.holderName,
      holderNameVerified: card.holderNameVerified,
      categories: card.categories,
      district: card.district,
      validFrom: card.validFrom,
      validUntil: card.validUntil,
      status,
      statusReason: byEntitlement ? (audience === 'staff' ? entitlement.reason : null) : card.statusReason,
      entitlementStatus: entitlement.status,
      replacedByCardId: card.replacedByCardId,
      createdAt: card.createdAt,
    });
  }
}
