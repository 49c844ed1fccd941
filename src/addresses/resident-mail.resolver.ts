import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentActor } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import { PageInput, toConnection } from '../common/pagination/connection.js';
import {
  ResidentMailItemConnection,
  ResidentMailItemModel,
  residentMailItemModel,
  StaffResidentMailboxModel,
  staffResidentMailboxModel,
} from './models/resident-mail.model.js';
import { RESIDENT_MAIL_STAFF_ROLES, ResidentMailService } from './resident-mail.service.js';

@Resolver(() => ResidentMailItemModel)
export class ResidentMailResolver {
  constructor(private readonly mail: ResidentMailService) {}

  @Query(() => ResidentMailItemConnection, { description: 'Letters that arrived for the signed-in person’s mailboxes, newest first.' })
  @Authenticated()
  async myResidentMail(@CurrentActor() actor: Actor, @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput) {
    const { items, hasNextPage } = await this.mail.inbox(actor, page?.first ?? 20, page?.after);
    return toConnection(items.map(residentMailItemModel), hasNextPage);
  }

  @Query(() => Int, { description: 'Scanned letters the signed-in person has not read yet.' })
  @Authenticated()
  myResidentMailUnreadCount(@CurrentActor() actor: Actor) {
    return this.mail.unreadCount(actor);
  }

  @Mutation(() => ResidentMailItemModel, { description: 'Marks one of the signed-in person’s letters read or unread.' })
  @Authenticated()
  async markResidentMailRead(
    @CurrentActor() actor: Actor,
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('read', { defaultValue: true }) read: boolean,
  ) {
    return residentMailItemModel(await this.mail.markRead(actor, itemId, read));
  }

  @Query(() => StaffResidentMailboxModel, {
    description: 'Citizens’ office: a resident’s mailbox as written on the envelope, e.g. `BO-00042`, with its latest letters.',
  })
  @Authenticated(...RESIDENT_MAIL_STAFF_ROLES)
  async staffResidentMailbox(
    @CurrentActor() actor: Actor,
    @Args('mailbox') mailbox: string,
    @Args('recent', { type: () => Int, defaultValue: 20, description: 'How many of the latest letters (1–100).' })
    recent: number,
  ) {
    return staffResidentMailboxModel(await this.mail.lookUp(actor, mailbox, recent));
  }

  @Mutation(() => ResidentMailItemModel, { description: 'Citizens’ office: the letter was forwarded or picked up.' })
  @Authenticated(...RESIDENT_MAIL_STAFF_ROLES)
  async completeResidentMail(@CurrentActor() actor: Actor, @Args('itemId', { type: () => ID }) itemId: string) {
    return residentMailItemModel(await this.mail.withMailbox(await this.mail.complete(actor, itemId)));
  }
}
