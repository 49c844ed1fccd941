import { Module, OnModuleInit } from '@nestjs/common';
import { CardsModule } from '../cards/index.js';
import { JobQueue } from '../common/jobs/job-queue.js';
import { RateLimiterFactory } from '../common/rate-limit/rate-limiter.factory.js';
import { ApiKeyService } from './api-key.service.js';
import { OfferCatalog } from './offer-catalog.js';
import { DiscountVerificationService } from './partner/discount-verification.service.js';
import { PartnerApiController } from './partner/partner-api.controller.js';
import { PartnerKeyAuthenticator } from './partner/partner-key-authenticator.js';
import { PartnerOffersService } from './partner/partner-offers.service.js';
import { PresentationMemory } from './partner/presentation-memory.js';
import { VerificationLogWriter } from './partner/verification-log.writer.js';
import { VerifierProvider } from './partner/verifier-provider.js';
import { VenueAccessService } from './venue-access.service.js';
import { VenueDemoSeed } from '../database/seed/venue-demo-seed.js';
import { VenuesResolver } from './venues.resolver.js';
import { VenuesService } from './venues.service.js';
import { VerificationRetentionService } from './verification-retention.service.js';
import { VenueStatisticsService } from './venue-statistics.service.js';
import { IdentityModule } from '../identity/index.js';

@Module({
  imports: [IdentityModule, CardsModule],
  controllers: [PartnerApiController],
  providers: [
    RateLimiterFactory,
    VenueAccessService,
    OfferCatalog,
    VenuesService,
    PartnerKeyAuthenticator,
    ApiKeyService,
    VerifierProvider,
    PresentationMemory,
    VerificationLogWriter,
    DiscountVerificationService,
    PartnerOffersService,
    VerificationRetentionService,
    VenueStatisticsService,
    VenueDemoSeed,
    VenuesResolver,
  ],
  exports: [VenueDemoSeed],
})
export class VenuesModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly retention: VerificationRetentionService,
  ) {}

  onModuleInit(): void {
    this.jobs.schedule('venues.delete-old-verifications', '40 3 * * *', async () => {
      await this.retention.deleteExpired();
    });
  }
}
