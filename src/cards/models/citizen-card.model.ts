import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { formatCardNumber } from '../card-number.js';
import { CitizenCardStatus, type CitizenCard } from '../entities/citizen-card.entity.js';

registerEnumType(CitizenCardStatus, { name: 'CitizenCardStatus' });

@ObjectType('CitizenCard')
export class CitizenCardModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Twelve digits, the last a check digit, grouped in fours.' })
  number: string;

  @Field()
  holderName: string;

  @Field(() => [String])
  categories: string[];

  @Field()
  district: string;

  @Field()
  validFrom: Date;

  @Field()
  validUntil: Date;

  @Field(() => CitizenCardStatus)
  status: CitizenCardStatus;

  @Field(() => String, { nullable: true })
  statusReason: string | null;

  @Field(() => ID, { nullable: true })
  replacedByCardId: string | null;

  @Field()
  createdAt: Date;

  static from(card: CitizenCard): CitizenCardModel {
    return Object.assign(new CitizenCardModel(), {
      id: card.id,
      number: formatCardNumber(card.number),
      holderName: card.holderName,
      categories: card.categories,
      district: card.district,
      validFrom: card.validFrom,
      validUntil: card.validUntil,
      status: card.status,
      statusReason: card.statusReason,
      replacedByCardId: card.replacedByCardId,
      createdAt: card.createdAt,
    });
  }
}
