import { Module, OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../common/jobs/job-queue.js';
import { BackofficeModule } from '../backoffice/index.js';
import { ResidencyModule } from '../residency/index.js';
import { CardCredentialIssuer } from './card-credential-issuer.js';
import { CardEntitlements } from './card-entitlements.js';
import { CardHolderNotifier } from './card-holder-notifier.js';
import { CardPdfService } from './card-pdf.service.js';
import { CardRequestService } from './card-request.service.js';
import { CardsController } from './cards.controller.js';
import { CardsResolver } from './cards.resolver.js';
import { CitizenCardService } from './citizen-card.service.js';
import { CardIssuerService } from './issuer/card-issuer.service.js';
import { StatusListService } from './status-list.service.js';
import { IdentityModule } from '../identity/index.js';
import { IdentityVerificationModule } from '../identity-verification/index.js';
import { CardFeeRefunds } from './card-fee-refunds.js';
import { CardHolderLookup } from './card-holder-lookup.js';
import { CardCodeVerifier } from './card-code-verifier.js';
import { Openid4vciController } from './openid4vci/openid4vci.controller.js';
import { WalletIssuanceService } from './openid4vci/wallet-issuance.service.js';
import { WalletOffersService } from './openid4vci/wallet-offers.service.js';
import { Openid4vciParties } from './openid4vci/openid4vci-parties.js';
import { WalletOfferResolver } from './openid4vci/wallet-offer.resolver.js';
import { CardsPersonalData } from './cards-personal-data.js';
import { CardsStatistics } from './cards-statistics.js';
@Module({
  // Payments is a global module: FeeSchedule and PaymentSubjects come from it.
  imports: [IdentityModule, IdentityVerificationModule, ResidencyModule, BackofficeModule],
  controllers: [CardsController, Openid4vciController],
  providers: [
    CardsStatistics,
    CardsPersonalData,
    CardIssuerService,
    CardCredentialIssuer,
    CardHolderNotifier,
    CardFeeRefunds,
    CardEntitlements,
    StatusListService,
    CitizenCardService,
    CardRequestService,
    CardPdfService,
    CardsResolver,
    CardHolderLookup,
    CardCodeVerifier,
    Openid4vciParties,
    WalletIssuanceService,
    WalletOffersService,
    WalletOfferResolver,
  ],
  exports: [CitizenCardService, StatusListService, CardIssuerService, CardHolderLookup, CardCodeVerifier],
})
export class CardsModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly cards: CitizenCardService,
  ) {}

  onModuleInit(): void {
    this.jobs.schedule('cards.expire', '15 3 * * *', async () => {
      await this.cards.expireDueCards();
    });
  }
}
