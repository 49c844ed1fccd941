import { Module } from '@nestjs/common';
import { CardsModule } from '../cards/index.js';
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
import { VenueStatisticsService } from './venue-statistics.service.js';
import { IdentityModule } from '../identity/index.js';
import { BackofficeModule } from '../backoffice/index.js';
import { VenueApplicationCaseHandler } from './onboarding/venue-application-case.handler.js';
import { VenueApplicationsService } from './onboarding/venue-applications.service.js';
import { VenueOnboardingNotifier } from './onboarding/venue-onboarding.notifier.js';
import { VenueOnboardingResolver } from './onboarding/venue-onboarding.resolver.js';
import { VenueTeamResolver } from './onboarding/venue-team.resolver.js';
import { VenueTeamService } from './onboarding/venue-team.service.js';
import { VenuesPersonalData } from './venues-personal-data.js';
import { VenuesStatistics } from './venues-statistics.js';

@Module({
  imports: [IdentityModule, CardsModule, BackofficeModule],
  controllers: [PartnerApiController],
  providers: [
    VenuesStatistics,
    VenuesPersonalData,
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
    VenueStatisticsService,
    VenueDemoSeed,
    VenuesResolver,
    VenueOnboardingNotifier,
    VenueApplicationsService,
    VenueApplicationCaseHandler,
    VenueTeamService,
    VenueOnboardingResolver,
    VenueTeamResolver,
  ],
  exports: [VenueDemoSeed],
})
export class VenuesModule {}
