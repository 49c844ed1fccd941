import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentActor } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import { Role, STAFF_ROLES } from '../common/auth/role.js';
import { RequestContext } from '../common/context/request-context.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { AUTHORITATIVE_LANGUAGE } from '../../packages/shared/src/languages.js';
import { ApiKeyService } from './api-key.service.js';
import {
  AssignVenueOperatorInput,
  CreateApiKeyInput,
  CreateVenueInput,
  OfferInput,
  OfflineVerificationInput,
  UpdateOfferInput,
} from './dto/venue.inputs.js';
import { VenueKind } from './entities/venue.entity.js';
import { DiscountVerificationModel } from './models/discount-verification.model.js';
import { OfferModel } from './models/offer.model.js';
import { CreatedVenueApiKeyModel, VenueApiKeyModel } from './models/venue-api-key.model.js';
import { VenueModel } from './models/venue.model.js';
import { VenueStatisticsModel } from './models/venue-statistics.model.js';
import { VenueStatisticsService } from './venue-statistics.service.js';
import { DiscountVerificationService } from './partner/discount-verification.service.js';
import { VenueAccessService } from './venue-access.service.js';
import { VenuesService } from './venues.service.js';

const MANAGERS = [Role.venue_operator, ...STAFF_ROLES];

@Resolver(() => VenueModel)
export class VenuesResolver {
  constructor(
    private readonly venueService: VenuesService,
    private readonly keys: ApiKeyService,
    private readonly access: VenueAccessService,
    private readonly verifications: DiscountVerificationService,
    private readonly statistics: VenueStatisticsService,
    private readonly requestContext: RequestContext,
  ) {}

  /** The reader's language: the account's preference (this resolver's operations are all signed in). */
  private get language(): string {
    return this.requestContext.language ?? AUTHORITATIVE_LANGUAGE;
  }

  @Query(() => VenueStatisticsModel, {
    description: 'Redemptions of the last `days` days: an operator’s venue; staff one venue or, without venueId, all.',
  })
  @Authenticated(...MANAGERS)
  async venueStatistics(
    @CurrentActor() actor: Actor,
    @Args('venueId', { type: () => ID, nullable: true }) venueId?: string,
    @Args('days', { type: () => Int, defaultValue: 30 }) days = 30,
  ) {
    return this.statistics.statistics(actor, venueId, days);
  }

  @Query(() => [VenueModel], { description: 'Staff: every partner venue.' })
  @Authenticated(...STAFF_ROLES)
  async venues(@CurrentActor() actor: Actor) {
    return (await this.venueService.allVenues(actor)).map(VenueModel.from);
  }

  @Query(() => VenueModel, { description: 'The venue the caller manages: an operator’s own, or (staff) the one named.' })
  @Authenticated(...MANAGERS)
  async managedVenue(@CurrentActor() actor: Actor, @Args('venueId', { type: () => ID, nullable: true }) venueId?: string) {
    return VenueModel.from(await this.venueService.venue(actor, venueId));
  }

  @Query(() => [OfferModel])
  @Authenticated(...MANAGERS)
  async venueOffers(@CurrentActor() actor: Actor, @Args('venueId', { type: () => ID, nullable: true }) venueId?: string) {
    return (await this.venueService.offers(actor, venueId)).map((offer) => OfferModel.from(offer, this.language));
  }

  @Query(() => [VenueApiKeyModel])
  @Authenticated(...MANAGERS)
  async venueApiKeys(@CurrentActor() actor: Actor, @Args('venueId', { type: () => ID, nullable: true }) venueId?: string) {
    return (await this.keys.list(actor, venueId)).map(VenueApiKeyModel.from);
  }

  @Query(() => [OfferModel], { description: 'Running offers the signed-in resident qualifies for.' })
  @Authenticated()
  async myEligibleOffers(
    @CurrentActor() actor: Actor,
    @Args('kind', { type: () => VenueKind, nullable: true }) kind?: VenueKind,
    @Args('district', { type: () => String, nullable: true }) district?: string,
  ) {
    return (await this.venueService.eligibleOffers(actor, { kind, district })).map((offer) => OfferModel.from(offer, this.language));
  }

  @Mutation(() => VenueModel)
  @Authenticated(...STAFF_ROLES)
  async createVenue(@CurrentActor() actor: Actor, @Args('input') input: CreateVenueInput) {
    return VenueModel.from(await this.venueService.createVenue(actor, input));
  }

  @Mutation(() => VenueModel, { description: 'Staff: makes an account an operator of the venue.' })
  @Authenticated(...STAFF_ROLES)
  async assignVenueOperator(@CurrentActor() actor: Actor, @Args('input') input: AssignVenueOperatorInput) {
    return VenueModel.from(await this.venueService.assignOperator(actor, input));
  }

  @Mutation(() => OfferModel)
  @Authenticated(...MANAGERS)
  async createOffer(@CurrentActor() actor: Actor, @Args('input') input: OfferInput) {
    return OfferModel.from(await this.venueService.createOffer(actor, input), this.language);
  }

  @Mutation(() => OfferModel)
  @Authenticated(...MANAGERS)
  async updateOffer(@CurrentActor() actor: Actor, @Args('input') input: UpdateOfferInput) {
    return OfferModel.from(await this.venueService.updateOffer(actor, input), this.language);
  }

  @Mutation(() => CreatedVenueApiKeyModel, { description: 'The key is in this answer only; store it now.' })
  @Authenticated(...MANAGERS)
  async createVenueApiKey(@CurrentActor() actor: Actor, @Args('input') input: CreateApiKeyInput) {
    const { key, apiKey } = await this.keys.create(actor, input.venueId, input.name);
    return { key, apiKey: VenueApiKeyModel.from(apiKey) };
  }

  @Mutation(() => VenueApiKeyModel)
  @Authenticated(...MANAGERS)
  async revokeVenueApiKey(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return VenueApiKeyModel.from(await this.keys.revoke(actor, id));
  }

  @Mutation(() => DiscountVerificationModel, { description: 'The operator’s own venue checks a scanned card code.' })
  @Authenticated(Role.venue_operator)
  async verifyDiscount(
    @CurrentActor() actor: Actor,
    @Args('code') code: string,
    @Args('offerId', { type: () => ID, nullable: true }) offerId?: string,
  ) {
    const venueId = await this.access.managedVenueId(actor);
    if (code.length === 0 || code.length > 4000)
      throw DomainException.invalidInput([{ field: 'code', constraint: 'format', messageKey: 'validation.invalid' }]);
    return this.verifications.verify(venueId, code, offerId, { channel: 'graphql', apiKeyId: null, language: this.language });
  }

  @Mutation(() => Int, { description: 'The scan page sends the verifications it made offline; returns how many were recorded.' })
  @Authenticated(Role.venue_operator)
  async recordOfflineVerifications(
    @CurrentActor() actor: Actor,
    @Args('entries', { type: () => [OfflineVerificationInput] }) entries: OfflineVerificationInput[],
  ) {
    const venueId = await this.access.managedVenueId(actor);
    let recorded = 0;
    for (const entry of entries.slice(0, 500)) {
      const at = new Date(Math.min(new Date(entry.verifiedAt).getTime(), Date.now()));
      await this.verifications
        .verify(venueId, entry.code, entry.offerId, {
          channel: 'offline',
          apiKeyId: null,
          language: this.language,
          verificationId: entry.verificationId,
          now: at,
        })
        .then(
          () => (recorded += 1),
          () => undefined,
        );
    }
    return recorded;
  }
}
