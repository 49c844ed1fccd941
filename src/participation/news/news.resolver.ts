import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AUTHORITATIVE_LANGUAGE, LANGUAGE_CODES } from '../../../packages/shared/src/languages.js';
import { Authenticated, CurrentActor, Public } from '../../common/auth/access.decorators.js';
import type { Actor } from '../../common/auth/actor.js';
import { RequestContext } from '../../common/context/request-context.js';
import { PageInput, toConnection } from '../../common/pagination/connection.js';
import { COMMUNICATION_ROLES } from '../participation-roles.js';
import { NewsException } from './news.exception.js';
import { NewsArticleInput, NewsEmailPreferenceInput, ScheduleNewsArticleInput, UnsubscribeFromNewsInput } from './news.inputs.js';
import {
  NewsArticleConnection,
  NewsArticleModel,
  NewsEmailPreferenceModel,
  StaffNewsArticleConnection,
  StaffNewsArticleModel,
} from './news.models.js';
import { NewsStatus } from './news-enums.js';
import { NewsPreferencesService } from './news-preferences.service.js';
import { NewsService } from './news.service.js';

@Resolver()
export class NewsResolver {
  constructor(
    private readonly news: NewsService,
    private readonly preferences: NewsPreferencesService,
    private readonly requestContext: RequestContext,
  ) {}

  private get language(): string {
    return this.requestContext.language ?? AUTHORITATIVE_LANGUAGE;
  }

  // ---- readers ----

  @Query(() => NewsArticleConnection, {
    description: 'News for the signed-in reader: public articles and those for their audience, newest first.',
  })
  @Authenticated()
  async newsFeed(@CurrentActor() actor: Actor, @Args('page', { nullable: true }) page?: PageInput) {
    const { items, hasNextPage } = await this.news.feed(actor, page ?? new PageInput());
    return toConnection(
      items.map((article) => NewsArticleModel.from(article, this.language)),
      hasNextPage,
    );
  }

  @Query(() => NewsArticleModel, { description: 'One article for the signed-in reader (NOT_FOUND when it is not for them).' })
  @Authenticated()
  async newsArticle(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return NewsArticleModel.from(await this.news.article(actor, id), this.language);
  }

  @Query(() => NewsArticleConnection, { description: 'Public news, for everyone (also signed out).' })
  @Public()
  async publicNews(@Args('page', { nullable: true }) page?: PageInput) {
    const { items, hasNextPage } = await this.news.publicFeed(page ?? new PageInput());
    return toConnection(
      items.map((article) => NewsArticleModel.from(article, this.language)),
      hasNextPage,
    );
  }

  @Query(() => NewsArticleModel, { description: 'One public article, for everyone.' })
  @Public()
  async publicNewsArticle(@Args('id', { type: () => ID }) id: string) {
    return NewsArticleModel.from(await this.news.publicArticle(id), this.language);
  }

  @Query(() => [NewsEmailPreferenceModel], { description: 'Which news topics reach the signed-in reader by e-mail, and how.' })
  @Authenticated()
  async myNewsEmailPreferences(@CurrentActor() actor: Actor) {
    return this.preferences.preferencesOf(actor);
  }

  @Mutation(() => [NewsEmailPreferenceModel])
  @Authenticated()
  async setNewsEmailPreferences(
    @CurrentActor() actor: Actor,
    @Args('preferences', { type: () => [NewsEmailPreferenceInput] }) preferences: NewsEmailPreferenceInput[],
  ) {
    return this.preferences.set(actor, preferences.slice(0, 20));
  }

  @Mutation(() => Boolean, { description: 'Without signing in: the unsubscribe link of a news e-mail turns news e-mails off.' })
  @Public()
  async unsubscribeFromNews(@Args('input') input: UnsubscribeFromNewsInput) {
    return this.preferences.unsubscribe(input.token, input.topic);
  }

  // ---- communication staff ----

  @Query(() => StaffNewsArticleConnection, { description: 'Communication staff: articles, newest first, optionally of one status.' })
  @Authenticated(...COMMUNICATION_ROLES)
  async staffNewsArticles(
    @CurrentActor() actor: Actor,
    @Args('status', { type: () => NewsStatus, nullable: true }) status?: NewsStatus,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    const { items, hasNextPage } = await this.news.list(actor, status, page ?? new PageInput());
    return toConnection(items.map(StaffNewsArticleModel.from), hasNextPage);
  }

  @Query(() => StaffNewsArticleModel)
  @Authenticated(...COMMUNICATION_ROLES)
  async staffNewsArticle(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return StaffNewsArticleModel.from(await this.news.get(actor, id));
  }

  @Query(() => NewsArticleModel, { description: 'Communication staff: an article (also a draft) as readers of `language` will see it.' })
  @Authenticated(...COMMUNICATION_ROLES)
  async newsArticlePreview(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('language') language: string) {
    if (!LANGUAGE_CODES.includes(language)) throw NewsException.unknownLanguage('language');
    return NewsArticleModel.from(await this.news.get(actor, id), language);
  }

  @Mutation(() => StaffNewsArticleModel)
  @Authenticated(...COMMUNICATION_ROLES)
  async createNewsArticle(@CurrentActor() actor: Actor, @Args('input') input: NewsArticleInput) {
    return StaffNewsArticleModel.from(await this.news.create(actor, input));
  }

  @Mutation(() => StaffNewsArticleModel)
  @Authenticated(...COMMUNICATION_ROLES)
  async updateNewsArticle(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: NewsArticleInput,
  ) {
    return StaffNewsArticleModel.from(await this.news.update(actor, id, input));
  }

  @Mutation(() => StaffNewsArticleModel, { description: 'Publishes at `publishAt` (in the future); e-mails go out then.' })
  @Authenticated(...COMMUNICATION_ROLES)
  async scheduleNewsArticle(@CurrentActor() actor: Actor, @Args('input') input: ScheduleNewsArticleInput) {
    return StaffNewsArticleModel.from(await this.news.schedule(actor, input.id, input.publishAt));
  }

  @Mutation(() => StaffNewsArticleModel, { description: 'Publishes now and queues the e-mails of readers who want them immediately.' })
  @Authenticated(...COMMUNICATION_ROLES)
  async publishNewsArticle(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return StaffNewsArticleModel.from(await this.news.publishNow(actor, id));
  }

  @Mutation(() => StaffNewsArticleModel, { description: 'Takes a published or scheduled article back.' })
  @Authenticated(...COMMUNICATION_ROLES)
  async unpublishNewsArticle(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return StaffNewsArticleModel.from(await this.news.unpublish(actor, id));
  }
}
