import { Module, OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../common/jobs/job-queue.js';
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
@Module({
  // Payments is a global module: FeeSchedule and PaymentSubjects come from it.
  imports: [IdentityModule, IdentityVerificationModule, ResidencyModule],
  controllers: [CardsController],
  providers: [
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
