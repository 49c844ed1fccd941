import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentActor } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import { requestLoader } from '../common/loaders/request-loaders.js';
import type { GraphqlContext } from '../common/graphql-context.js';
import { PageInput, toConnection } from '../common/pagination/connection.js';
import { CompanyDirectory } from '../companies/index.js';
import {
  SecureAttachmentModel,
  SecureMessageConnection,
  SecureMessageModel,
  SecureThreadConnection,
  SecureThreadModel,
} from './models/secure-message.models.js';
import { SecureMailboxService } from './secure-mailbox.service.js';

const pageOf = (page?: PageInput) => ({ first: page?.first ?? 20, after: page?.after });

@Resolver(() => SecureThreadModel)
export class SecureMailboxResolver {
  constructor(
    private readonly mailbox: SecureMailboxService,
    private readonly directory: CompanyDirectory,
  ) {}

  @Query(() => SecureThreadConnection, {
    description: 'A company’s threads with the office, most recent first (representatives and the office).',
  })
  @Authenticated()
  async companyMailbox(
    @CurrentActor() actor: Actor,
    @Args('companyId', { type: () => ID }) companyId: string,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ) {
    const { first, after } = pageOf(page);
    const found = await this.mailbox.companyThreads(actor, companyId, first, after);
    return toConnection(found.items.map(SecureThreadModel.from) as (SecureThreadModel & { cursor: string })[], found.hasNextPage);
  }

  @Query(() => SecureThreadConnection, { description: 'Every company’s threads, for the economic development office.' })
  @Authenticated()
  async staffMailbox(@CurrentActor() actor: Actor, @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput) {
    const { first, after } = pageOf(page);
    const found = await this.mailbox.staffThreads(actor, first, after);
    return toConnection(found.items.map(SecureThreadModel.from) as (SecureThreadModel & { cursor: string })[], found.hasNextPage);
  }

  @Query(() => SecureThreadModel)
  @Authenticated()
  async secureThread(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return SecureThreadModel.from(await this.mailbox.thread(actor, id));
  }

  @Query(() => SecureMessageConnection, { description: 'A thread’s messages, oldest first, each with the verdict on its signature.' })
  @Authenticated()
  async secureThreadMessages(
    @CurrentActor() actor: Actor,
    @Args('threadId', { type: () => ID }) threadId: string,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ) {
    const { first, after } = pageOf(page);
    const thread = await this.mailbox.thread(actor, threadId);
    const found = await this.mailbox.messages(actor, threadId, first, after);
    return toConnection(
      found.items.map((row) => Object.assign(SecureMessageModel.from(row, thread.subject), { cursor: row.cursor })),
      found.hasNextPage,
    );
  }

  @Query(() => [SecureMessageModel], { description: 'The office’s latest messages to a company.' })
  @Authenticated()
  async latestOfficeMessages(
    @CurrentActor() actor: Actor,
    @Args('companyId', { type: () => ID }) companyId: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 3 }) first: number,
  ) {
    return (await this.mailbox.latestOfficeMessages(actor, companyId, first)).map((row) => SecureMessageModel.from(row, row.subject));
  }

  @ResolveField(() => String, { nullable: true })
  async companyName(@Parent() thread: SecureThreadModel, @Context() context: GraphqlContext) {
    const loader = requestLoader(context.req, 'messaging.companyNames', async (ids: readonly string[]) => {
      const profiles = await this.directory.profiles(ids);
      return new Map([...profiles].map(([id, profile]) => [id, profile.legalName]));
    });
    return loader.load(thread.companyId);
  }

  @ResolveField(() => SecureMessageModel, { nullable: true })
  async latestMessage(@Parent() thread: SecureThreadModel, @Context() context: GraphqlContext) {
    const loader = requestLoader(context.req, 'messaging.latestMessages', async (ids: readonly string[]) => {
      const [messages, threads] = await Promise.all([this.mailbox.latestMessagesOf(ids), this.mailbox.subjectsOf(ids)]);
      const subjects = new Map(threads.map((row) => [row.id, row.subject]));
      return new Map(messages.map((row) => [row.threadId, SecureMessageModel.from(row, subjects.get(row.threadId))]));
    });
    return loader.load(thread.id);
  }
}

@Resolver(() => SecureMessageModel)
export class SecureMessageFieldsResolver {
  constructor(private readonly mailbox: SecureMailboxService) {}

  @ResolveField(() => [SecureAttachmentModel])
  async attachments(@Parent() message: SecureMessageModel, @Context() context: GraphqlContext) {
    const loader = requestLoader(context.req, 'messaging.attachments', async (ids: readonly string[]) => {
      const grouped = new Map<string, SecureAttachmentModel[]>();
      for (const row of await this.mailbox.attachmentsOf(ids)) {
        grouped.set(row.messageId, [...(grouped.get(row.messageId) ?? []), SecureAttachmentModel.from(row)]);
      }
      return grouped;
    });
    return (await loader.load(message.id)) ?? [];
  }
}
