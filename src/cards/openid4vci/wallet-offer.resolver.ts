import { Args, Field, ID, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators.js';
import type { Actor } from '../../common/auth/actor.js';
import { WalletOffersService } from './wallet-offers.service.js';

@ObjectType('CardWalletOffer', { description: 'An OpenID4VCI credential offer of the card, for an EU wallet to scan once.' })
export class CardWalletOfferModel {
  @Field({ description: '`openid-credential-offer://` URI: show as a QR code, or open it on this device.' })
  offerUri: string;

  @Field({ description: 'The offer’s single-use code works until then (10 minutes).' })
  expiresAt: Date;
}

@Resolver()
export class WalletOfferResolver {
  constructor(private readonly offers: WalletOffersService) {}

  @Mutation(() => CardWalletOfferModel, {
    description: 'Offers the holder’s active card to a wallet (OpenID4VCI, pre-authorised code); earlier open offers of the card lapse.',
  })
  @Authenticated()
  async createCardWalletOffer(@CurrentActor() actor: Actor, @Args('cardId', { type: () => ID }) cardId: string) {
    return this.offers.createOffer(actor, cardId);
  }
}
