import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver, ID } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators.js';
import type { Actor } from '../../common/auth/actor.js';
import type { GraphqlContext } from '../../common/graphql-context.js';
import { requestLoader } from '../../common/loaders/request-loaders.js';
import { PageInput } from '../../common/pagination/connection.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { COMPANY_STAFF_ROLES } from '../company-access.service.js';
import { JourneyActivityInput, OnboardingJourneyFilter } from '../dto/company.inputs.js';
import { Company } from '../entities/company.entity.js';
import { CompanyModel } from '../models/company.models.js';
import {
  JourneyActivityModel,
  OnboardingJourneyConnection,
  OnboardingJourneyModel,
  OnboardingStepModel,
} from '../models/journey.models.js';
import { OnboardingJourneyService } from './onboarding-journey.service.js';

@Resolver(() => OnboardingJourneyModel)
export class OnboardingJourneyResolver {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly journeys: OnboardingJourneyService,
  ) {}

  @Query(() => OnboardingJourneyModel, { description: 'The company’s onboarding journey: steps, progress, elapsed active time.' })
  @Authenticated()
  async companyJourney(@CurrentActor() actor: Actor, @Args('companyId', { type: () => ID }) companyId: string) {
    return OnboardingJourneyModel.from(await this.journeys.view(actor, companyId));
  }

  @Query(() => [OnboardingStepModel], { description: 'The steps before a company exists (account, identity), for the start page.' })
  @Authenticated()
  async onboardingStartSteps(@CurrentActor() actor: Actor) {
    return (await this.journeys.startSteps(actor)).map(OnboardingStepModel.from);
  }

  @Query(() => OnboardingJourneyConnection, { description: 'Staff of economic development: journeys in progress, stuck or completed.' })
  @Authenticated(...COMPANY_STAFF_ROLES)
  async onboardingJourneys(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => OnboardingJourneyFilter, nullable: true }) filter?: OnboardingJourneyFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ) {
    const { views, cursors, hasNextPage } = await this.journeys.list(actor, filter?.state, page?.first ?? 20, page?.after);
    return { nodes: views.map(OnboardingJourneyModel.from), pageInfo: { hasNextPage, endCursor: cursors.at(-1) ?? null } };
  }

  @Mutation(() => JourneyActivityModel, {
    description: 'Heartbeat of a journey page while the person is active; credits at most one interval.',
  })
  @Authenticated()
  async recordJourneyActivity(@CurrentActor() actor: Actor, @Args('input') input: JourneyActivityInput) {
    const elapsedSeconds = await this.journeys.recordActivity(actor, input.companyId, input.preCompanySeconds);
    return { elapsedSeconds, heartbeatSeconds: this.config.companies.heartbeatSeconds };
  }

  @ResolveField(() => CompanyModel)
  async company(@Parent() journey: OnboardingJourneyModel, @Context() context: GraphqlContext) {
    const loader = requestLoader(context.req, 'companies.journeyCompany', async (ids: readonly string[]) => {
      const rows = await this.dataSource.manager.findBy(Company, { id: In([...ids]) });
      return new Map(rows.map((row) => [row.id, row]));
    });
    const row = await loader.load(journey.companyId);
    return row ? CompanyModel.from(row, context.req.user?.language ?? 'de', null) : null;
  }
}
