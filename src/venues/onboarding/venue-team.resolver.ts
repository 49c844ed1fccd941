import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators.js';
import type { Actor } from '../../common/auth/actor.js';
import { Role, STAFF_ROLES } from '../../common/auth/role.js';
import { InviteVenueOperatorInput } from '../dto/venue-onboarding.inputs.js';
import { VenueColleagueModel, VenueInvitationModel, VenueInvitationPreviewModel } from '../models/venue-team.model.js';
import { VenueModel } from '../models/venue.model.js';
import { invitationStatus } from '../../common/invitations/invitation-status.js';
import { VenueTeamService } from './venue-team.service.js';

const MANAGERS = [Role.venue_operator, ...STAFF_ROLES];

/** A venue's operators and their invitations. */
@Resolver(() => VenueColleagueModel)
export class VenueTeamResolver {
  constructor(private readonly team: VenueTeamService) {}

  @Query(() => [VenueColleagueModel], { description: 'The operators of the caller’s venue (staff: of the one named).' })
  @Authenticated(...MANAGERS)
  venueColleagues(@CurrentActor() actor: Actor, @Args('venueId', { type: () => ID, nullable: true }) venueId?: string) {
    return this.team.colleagues(actor, venueId);
  }

  @Query(() => [VenueInvitationModel], { description: 'Open invitations of the caller’s venue.' })
  @Authenticated(...MANAGERS)
  async venueInvitations(@CurrentActor() actor: Actor, @Args('venueId', { type: () => ID, nullable: true }) venueId?: string) {
    return (await this.team.invitations(actor, venueId)).map(VenueInvitationModel.from);
  }

  @Mutation(() => VenueInvitationModel, { description: 'Invites a colleague by e-mail to operate the venue.' })
  @Authenticated(...MANAGERS)
  async inviteVenueOperator(@CurrentActor() actor: Actor, @Args('input') input: InviteVenueOperatorInput) {
    return VenueInvitationModel.from(await this.team.invite(actor, input));
  }

  @Mutation(() => VenueInvitationModel)
  @Authenticated(...MANAGERS)
  async revokeVenueInvitation(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return VenueInvitationModel.from(await this.team.revokeInvitation(actor, id));
  }

  @Mutation(() => Boolean, { description: 'Removes a colleague from the venue (not oneself).' })
  @Authenticated(...MANAGERS)
  removeVenueColleague(
    @CurrentActor() actor: Actor,
    @Args('accountId', { type: () => ID }) accountId: string,
    @Args('venueId', { type: () => ID, nullable: true }) venueId?: string,
  ) {
    return this.team.removeColleague(actor, accountId, venueId);
  }

  @Query(() => VenueInvitationPreviewModel, { description: 'What an invitation link offers (for the page that accepts it).' })
  @Authenticated()
  async venueInvitation(@Args('token') token: string) {
    const { invitation, venue } = await this.team.preview(token);
    return { venueName: venue.name, status: invitationStatus(invitation), expiresAt: invitation.expiresAt };
  }

  @Mutation(() => VenueModel, { description: 'The invited account accepts and becomes an operator of the venue.' })
  @Authenticated()
  async acceptVenueInvitation(@CurrentActor() actor: Actor, @Args('token') token: string) {
    return VenueModel.from(await this.team.accept(actor, token));
  }
}
