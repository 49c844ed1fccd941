import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('CardCredential', {
  description: 'The signed credential bound to this device; shown as a live QR with the device’s signature.',
})
export class CardCredentialModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  cardId: string;

  @Field({ description: 'Compact JWS signed by the city’s card-issuer key.' })
  credential: string;

  @Field(() => Int)
  statusListIndex: number;
}
