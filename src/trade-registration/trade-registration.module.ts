import { Module } from '@nestjs/common';
import { BackofficeModule } from '../backoffice/index.js';
import { CompaniesModule } from '../companies/index.js';
import { IdentityVerificationModule } from '../identity-verification/index.js';
import { TradeRegistrationCaseHandler } from './trade-registration-case.handler.js';
import { TradeRegistrationDirectory } from './trade-registration-directory.service.js';
import { TradeRegistrationNotifier } from './trade-registration-notifier.js';
import { TradeRegistrationOnboardingStep } from './trade-registration-onboarding.js';
import { TradeRegistrationPdfService } from './trade-registration-pdf.service.js';
import { TradeRegistrationController } from './trade-registration.controller.js';
import { TradeRegistrationLive } from './trade-registration-live.js';
import { TRADE_REGISTRATION_RESOLVERS } from './trade-registration.resolvers.js';
import { TradeRegistrationService } from './trade-registration.service.js';
import { WzCatalogue } from './wz/wz-catalogue.service.js';
import { IdentityModule } from '../identity/index.js';
import { TradeRegistrationFeeRefunds } from './trade-registration-fee-refunds.js';
import { TradeRegistrationStatistics } from './trade-registration-statistics.js';
import { TradeRegistrationPersonalData } from './trade-registration-personal-data.js';
@Module({
  // Payments is a global module: FeeSchedule and PaymentSubjects come from it.
  imports: [IdentityModule, CompaniesModule, IdentityVerificationModule, BackofficeModule],
  controllers: [TradeRegistrationController],
  providers: [
    TradeRegistrationPersonalData,
    TradeRegistrationStatistics,
    WzCatalogue,
    TradeRegistrationDirectory,
    TradeRegistrationNotifier,
    TradeRegistrationLive,
    TradeRegistrationFeeRefunds,
    TradeRegistrationService,
    TradeRegistrationCaseHandler,
    TradeRegistrationOnboardingStep,
    TradeRegistrationPdfService,
    ...TRADE_REGISTRATION_RESOLVERS,
  ],
  exports: [TradeRegistrationDirectory],
})
export class TradeRegistrationModule {}
