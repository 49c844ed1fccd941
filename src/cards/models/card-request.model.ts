import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CardRequestStatus, type CardRequest } from '../entities/card-request.entity.js';
import { CARD_REQUEST_SUBJECT } from '../card-request.service.js';

registerEnumType(CardRequestStatus, { name: 'CardRequestStatus' });

@ObjectType('CardRequest', {
  description: 'A request for a citizen card; pay `feeCents` for `paymentSubjectType`/`id` when it awaits payment.',
})
export class CardRequestModel {
  @Field(() => ID)
  id: string;

  @Field(() => CardRequestStatus)
  status: CardRequestStatus;

  @Field()
  holderName: string;

  @Field(() => Int)
  feeCents: number;

  @Field({ description: 'The subject type to pass to startPayment.' })
  paymentSubjectType: string;

  @Field(() => ID, { nullable: true })
  cardId: string | null;

  @Field()
  createdAt: Date;

  static from(request: CardRequest): CardRequestModel {
    return Object.assign(new CardRequestModel(), {
      id: request.id,
      status: request.status,
      holderName: request.holderName,
      feeCents: request.feeCents,
      paymentSubjectType: CARD_REQUEST_SUBJECT,
      cardId: request.cardId,
      createdAt: request.createdAt,
    });
  }
}
