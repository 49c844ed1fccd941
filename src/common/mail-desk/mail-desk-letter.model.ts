import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { encodeCursor } from '../pagination/cursor.js';
import type { MailDeskLetter } from './mail-desk.js';

/**
 * The GraphQL fields every mail desk's letter has; each domain's type extends it with its mailbox,
 * handling, status and forwarding address (its own enums and types) and the scan's download path.
 */
@ObjectType({ isAbstract: true })
export abstract class MailDeskLetterModel {
  @Field(() => ID)
  id: string;

  @Field()
  sender: string;

  @Field({ description: 'The day it arrived (YYYY-MM-DD).' })
  receivedOn: string;

  @Field()
  receivedAt: Date;

  @Field(() => String, { nullable: true })
  scanMediaType: string | null;

  @Field(() => Int, { nullable: true })
  scanSizeBytes: number | null;

  @Field()
  read: boolean;

  cursor: string;
}

/** The fields every mail desk's letter model shares; `scanPath` is where the domain serves the scan. */
export function mailDeskLetterFields<S extends string>(item: MailDeskLetter<S>, scanPath: string) {
  return {
    id: item.id,
    sender: item.sender,
    receivedOn: item.receivedOn,
    receivedAt: item.receivedAt,
    status: item.status,
    forwardingAddress: item.forwardingAddress,
    scanUrl: item.scanStorageKey ? `${scanPath}/${item.id}/scan` : null,
    scanMediaType: item.scanMediaType,
    scanSizeBytes: item.scanSizeBytes,
    read: item.readAt !== null,
    completedAt: item.completedAt,
    cursor: encodeCursor({ createdAt: item.receivedAt.toISOString(), id: item.id }),
  };
}
