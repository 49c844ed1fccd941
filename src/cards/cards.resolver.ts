import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentActor } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import type { GraphqlContext } from '../common/graphql-context.js';
import { requestLoader } from '../common/loaders/request-loaders.js';
import { ResidencyService } from '../residency/index.js';
import { CardRequestService } from './card-request.service.js';
import { CARD_STAFF, CitizenCardService } from './citizen-card.service.js';
import { ActivateCardInput, CardStatusChangeInput, RequestCitizenCardInput } from './dto/cards.inputs.js';
import { CardCredentialModel } from './models/card-credential.model.js';
import { CardRequestModel } from './models/card-request.model.js';
import { CitizenCardModel, type CardAudience } from './models/citizen-card.model.js';
import type { CitizenCard } from './entities/citizen-card.entity.js';

@Resolver(() => CitizenCardModel)
export class CardsResolver {
  constructor(
    private readonly cards: CitizenCardService,
    private readonly requests: CardRequestService,
    private readonly residencies: ResidencyService,
  ) {}

  @Query(() => [CitizenCardModel], { description: 'The signed-in person’s citizen cards, newest first.' })
  @Authenticated()
  async myCitizenCards(@CurrentActor() actor: Actor) {
    const [cards, entitlement] = await Promise.all([this.cards.myCards(actor), this.cards.entitlementOf(actor.accountId)]);
    return cards.map((card) => CitizenCardModel.from(card, entitlement, 'holder'));
  }

  @Query(() => [CardRequestModel])
  @Authenticated()
  async myCardRequests(@CurrentActor() actor: Actor) {
    return (await this.requests.myRequests(actor)).map(CardRequestModel.from);
  }

  @Query(() => CardCredentialModel, { nullable: true, description: 'The credential bound to a device, if the card has been activated.' })
  @Authenticated()
  async myCardCredential(@CurrentActor() actor: Actor, @Args('cardId', { type: () => ID }) cardId: string) {
    const credential = await this.cards.currentDeviceCredential(actor, cardId);
    return credential && { id: credential.id, cardId, credential: credential.jws, statusListIndex: credential.statusListIndex };
  }

  @Mutation(() => CardRequestModel, { description: 'Asks for the citizen card; pay the fee when the request awaits payment.' })
  @Authenticated()
  async requestCitizenCard(@CurrentActor() actor: Actor, @Args('input') input: RequestCitizenCardInput) {
    return CardRequestModel.from(await this.requests.request(actor, input));
  }

  @Mutation(() => CardCredentialModel, { description: 'Binds the card to this browser’s key; the previous device stops working.' })
  @Authenticated()
  async activateCardOnDevice(@CurrentActor() actor: Actor, @Args('input') input: ActivateCardInput) {
    const credential = await this.cards.activateOnDevice(actor, input.cardId, { ...input.devicePublicKey });
    return { id: credential.id, cardId: input.cardId, credential: credential.jws, statusListIndex: credential.statusListIndex };
  }

  @Mutation(() => CitizenCardModel, { description: 'The holder reports the card lost; it is suspended at once.' })
  @Authenticated()
  async reportCardLost(@CurrentActor() actor: Actor, @Args('cardId', { type: () => ID }) cardId: string) {
    return this.view(await this.cards.reportLoss(actor, cardId), 'holder');
  }

  @Mutation(() => CitizenCardModel, {
    description:
      'Replaces a card the holder reported lost with a new one; refused (ENTITLEMENT_SUSPENDED/REVOKED) while staff have suspended or revoked the holder’s entitlement.',
  })
  @Authenticated()
  async replaceCitizenCard(@CurrentActor() actor: Actor, @Args('cardId', { type: () => ID }) cardId: string) {
    return this.view(await this.cards.replace(actor, cardId), 'holder');
  }

  @Mutation(() => CitizenCardModel, {
    description: 'Renews the card in the last 60 days of its validity, when the residency lasts longer.',
  })
  @Authenticated()
  async renewCitizenCard(@CurrentActor() actor: Actor, @Args('cardId', { type: () => ID }) cardId: string) {
    return this.view(await this.cards.renew(actor, cardId, await this.residencies.activeResidencyOf(actor.accountId)), 'holder');
  }

  @Query(() => CitizenCardModel, { description: 'Staff: a card by its printed number.' })
  @Authenticated(...CARD_STAFF)
  async citizenCardByNumber(@CurrentActor() actor: Actor, @Args('number') number: string) {
    return this.view(await this.cards.findByNumber(actor, number), 'staff');
  }

  @Mutation(() => CitizenCardModel)
  @Authenticated(...CARD_STAFF)
  async suspendCitizenCard(@CurrentActor() actor: Actor, @Args('input') input: CardStatusChangeInput) {
    return this.view(await this.cards.suspend(actor, input.cardId, input.reason), 'staff');
  }

  @Mutation(() => CitizenCardModel)
  @Authenticated(...CARD_STAFF)
  async resumeCitizenCard(@CurrentActor() actor: Actor, @Args('input') input: CardStatusChangeInput) {
    return this.view(await this.cards.resume(actor, input.cardId, input.reason), 'staff');
  }

  @Mutation(() => CitizenCardModel)
  @Authenticated(...CARD_STAFF)
  async revokeCitizenCard(@CurrentActor() actor: Actor, @Args('input') input: CardStatusChangeInput) {
    return this.view(await this.cards.revoke(actor, input.cardId, input.reason), 'staff');
  }

  @ResolveField(() => CardCredentialModel, {
    nullable: true,
    description: 'The credential bound to a device, if the card has been activated; only for the holder (null for anyone else).',
  })
  async deviceCredential(@Parent() card: CitizenCardModel, @Context() context: GraphqlContext) {
    const actor = context.req.user;
    if (!actor) return null;
    // One query for every card of the request (the holder's cards page asks for each card's credential).
    const loader = requestLoader(context.req, 'cards.deviceCredential', (cardIds: readonly string[]) =>
      this.cards.currentDeviceCredentials(actor, cardIds),
    );
    const credential = await loader.load(card.id);
    return credential && { id: credential.id, cardId: card.id, credential: credential.jws, statusListIndex: credential.statusListIndex };
  }

  private async view(card: CitizenCard, audience: CardAudience): Promise<CitizenCardModel> {
    return CitizenCardModel.from(card, await this.cards.entitlementOf(card.accountId), audience);
  }
}
