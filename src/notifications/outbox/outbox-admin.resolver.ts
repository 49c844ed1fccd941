import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators.js';
import type { Actor } from '../../common/auth/actor.js';
import { STAFF_ROLES } from '../../common/auth/role.js';
import { PageInput, toConnection } from '../../common/pagination/connection.js';
import { OutboxAdminService } from './outbox-admin.service.js';
import { OutboxEmailStatus } from './outbox-email.entity.js';
import { OutboxEmailConnection, OutboxEmailModel } from './outbox-email.model.js';

@Resolver(() => OutboxEmailModel)
export class OutboxAdminResolver {
  constructor(private readonly outbox: OutboxAdminService) {}

  @Query(() => OutboxEmailConnection, { description: 'Staff: e-mails in the outbox, e.g. those that failed for good.' })
  @Authenticated(...STAFF_ROLES)
  async outboxEmails(
    @CurrentActor() actor: Actor,
    @Args('status', { type: () => OutboxEmailStatus, nullable: true }) status?: OutboxEmailStatus,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    const { first, after } = page ?? new PageInput();
    const { items, hasNextPage } = await this.outbox.list(actor, status, first, after);
    return toConnection(items, hasNextPage);
  }

  @Mutation(() => OutboxEmailModel, { description: 'Staff: send a failed e-mail again.' })
  @Authenticated(...STAFF_ROLES)
  retryOutboxEmail(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.outbox.retry(actor, id);
  }
}
