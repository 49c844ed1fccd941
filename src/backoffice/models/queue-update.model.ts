import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { QueueChange } from '../queue-live.js';

registerEnumType(QueueChange, { name: 'QueueChange', description: 'What happened to a case of the staff queue.' });

@ObjectType('BackofficeQueueUpdate', {
  description: 'A case of a kind the staff member may handle changed in the queue: read the queue again.',
})
export class BackofficeQueueUpdateModel {
  @Field(() => ID, { nullable: true, description: 'The case; null on a resync.' })
  caseId: string | null;

  @Field(() => String, { nullable: true, description: 'The case kind; null on a resync.' })
  kind: string | null;

  @Field(() => QueueChange, { nullable: true, description: 'What happened; null on a resync.' })
  change: QueueChange | null;

  @Field({
    description:
      'True when this is no single change but a prompt to read the queue again: the first event once the subscription is registered, or events may have been lost.',
  })
  resync: boolean;
}
