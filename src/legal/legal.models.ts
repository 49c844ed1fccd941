import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('AccessibilityFeedbackReceipt', { description: 'Feedback received: its reference for any later question.' })
export class AccessibilityFeedbackReceiptModel {
  @Field(() => ID)
  reference: string;

  @Field()
  receivedAt: Date;
}
