import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { BackofficeCaseModel } from '../../backoffice/index.js';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators.js';
import type { Actor } from '../../common/auth/actor.js';
import { Role, STAFF_ROLES } from '../../common/auth/role.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import type { GraphqlContext } from '../../common/graphql-context.js';
import { requestLoader } from '../../common/loaders/request-loaders.js';
import { PageInput, toConnection } from '../../common/pagination/connection.js';
import { AnswerVenueApplicationInput, UpdateVenueInput, VenueApplicationInput } from '../dto/venue-onboarding.inputs.js';
import { VenueApplicationStatus } from '../entities/venue-application.entity.js';
import { VenueApplicationConnection, VenueApplicationModel } from '../models/venue-application.model.js';
import { VenueModel } from '../models/venue.model.js';
import { VenuesService } from '../venues.service.js';
import { VENUE_APPLICATION_CASE_KIND, VENUE_APPLICATION_DECIDERS } from './venue-application-case-kind.js';
import { VenueApplicationsService } from './venue-applications.service.js';

const DECIDERS = [Role.admin, ...VENUE_APPLICATION_DECIDERS];

/** Applying as a venue (any signed-in account), and the staff side: the applications, the case detail, the venues' reference data. */
@Resolver(() => BackofficeCaseModel)
export class VenueOnboardingResolver {
  constructor(
    private readonly applications: VenueApplicationsService,
    private readonly venues: VenuesService,
  ) {}

  @Mutation(() => VenueApplicationModel, { description: 'Apply to become a partner venue; staff decide it as a back office case.' })
  @Authenticated()
  async submitVenueApplication(@CurrentActor() actor: Actor, @Args('input') input: VenueApplicationInput) {
    return VenueApplicationModel.from(await this.applications.submit(actor, input));
  }

  @Query(() => [VenueApplicationModel], { description: 'The signed-in account’s venue applications, newest first.' })
  @Authenticated()
  async myVenueApplications(@CurrentActor() actor: Actor) {
    return (await this.applications.mine(actor)).map(VenueApplicationModel.from);
  }

  @Mutation(() => VenueApplicationModel, { description: 'The applicant answers staff’s request for information.' })
  @Authenticated()
  async answerVenueApplication(@CurrentActor() actor: Actor, @Args('input') input: AnswerVenueApplicationInput) {
    return VenueApplicationModel.from(await this.applications.answer(actor, input));
  }

  @Query(() => VenueApplicationConnection, { description: 'Staff who decide venue applications: every application, newest first.' })
  @Authenticated(...DECIDERS)
  async venueApplications(
    @CurrentActor() actor: Actor,
    @Args('status', { type: () => VenueApplicationStatus, nullable: true }) status?: VenueApplicationStatus,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    const { first, after } = page ?? new PageInput();
    const { rows, hasNextPage } = await this.applications.list(actor, status, first, after);
    return toConnection(rows.map(VenueApplicationModel.from), hasNextPage);
  }

  @Mutation(() => VenueModel, { description: 'Staff: a venue’s name, address, district and whether it is in service.' })
  @Authenticated(...STAFF_ROLES)
  async updateVenue(@CurrentActor() actor: Actor, @Args('input') input: UpdateVenueInput) {
    return VenueModel.from(await this.venues.updateVenue(actor, input));
  }

  @ResolveField(() => VenueApplicationModel, { nullable: true, description: 'The venue application of such a case.' })
  async venueApplication(@Parent() found: BackofficeCaseModel, @Context() context: GraphqlContext) {
    const actor = context.req.user;
    if (found.kind !== VENUE_APPLICATION_CASE_KIND || !actor) return null;
    // One query for every case of the request (the queue).
    const loader = requestLoader(context.req, 'venues.caseApplications', (ids: readonly string[]) =>
      this.applications.manyForStaff(actor, ids),
    );
    const application = await loader.load(found.subjectId);
    if (!application) throw DomainException.notFound();
    return VenueApplicationModel.from(application);
  }
}
