import { Module, OnModuleInit } from '@nestjs/common';
import { CompaniesModule, OnboardingStep, OnboardingSteps } from '../companies/index.js';
import { IdentityVerificationModule } from '../identity-verification/index.js';
import { TradeRegistrationModule } from '../trade-registration/index.js';
import { PartnerBankAdministration } from './admin/partner-bank-administration.service.js';
import { AccountConfirmationController } from './account-confirmation.controller.js';
import { AccountConfirmationService } from './account-confirmation.service.js';
import { HttpBankAdapter } from './adapter/http-bank-adapter.js';
import { BankAccountApplicationService } from './bank-account-application.service.js';
import { bankAccountOnboardingStep } from './bank-account-onboarding-step.js';
import { BankApplicantNotifier } from './bank-applicant-notifier.js';
import { BankDocumentController } from './bank-document.controller.js';
import { BankDocumentStorage } from './bank-document-storage.js';
import { BANKING_RESOLVERS } from './banking.resolvers.js';
import { KycPackageAssembler } from './kyc/kyc-package.assembler.js';
import { RegisterExtractLinkController } from './kyc/register-extract-link.controller.js';
import { RegisterExtractLinkService } from './kyc/register-extract-link.service.js';
import { PartnerBanks } from './partner-banks.service.js';
import { SandboxBankModule } from './sandbox-bank/sandbox-bank.module.js';
import { BankWebhookController } from './webhooks/bank-webhook.controller.js';
import { BankWebhookService } from './webhooks/bank-webhook.service.js';
import { BankingPersonalData } from './banking-personal-data.js';

@Module({
  imports: [IdentityVerificationModule, CompaniesModule, TradeRegistrationModule, SandboxBankModule],
  controllers: [BankWebhookController, BankDocumentController, RegisterExtractLinkController, AccountConfirmationController],
  providers: [
    BankingPersonalData,
    PartnerBanks,
    PartnerBankAdministration,
    KycPackageAssembler,
    RegisterExtractLinkService,
    HttpBankAdapter,
    BankDocumentStorage,
    BankApplicantNotifier,
    BankAccountApplicationService,
    BankWebhookService,
    AccountConfirmationService,
    ...BANKING_RESOLVERS,
  ],
  exports: [PartnerBanks],
})
export class BankingModule implements OnModuleInit {
  constructor(private readonly steps: OnboardingSteps) {}

  onModuleInit(): void {
    this.steps.register(OnboardingStep.bank_account, bankAccountOnboardingStep);
  }
}
