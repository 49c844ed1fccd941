import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentActor } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import { BankAccountApplicationService } from './bank-account-application.service.js';
import { AnswerBankDocumentRequestInput, ApplyForBankAccountInput } from './dto/banking.inputs.js';
import { KYC_CONSENT_TEXT_VERSION } from './kyc/kyc-package.assembler.js';
import { BankAccountApplicationModel } from './models/bank-account-application.model.js';
import { BankKycPackageModel } from './models/bank-kyc-package.model.js';
import { PartnerBankModel } from './models/partner-bank.model.js';
import { PartnerBanks } from './partner-banks.service.js';

@Resolver(() => BankAccountApplicationModel)
export class BankingResolver {
  constructor(
    private readonly banks: PartnerBanks,
    private readonly applications: BankAccountApplicationService,
  ) {}

  @Query(() => [PartnerBankModel], { description: 'The partner banks a company can apply to.' })
  @Authenticated()
  async partnerBanks() {
    return (await this.banks.list()).map(PartnerBankModel.from);
  }

  @Query(() => BankKycPackageModel, { description: 'What would be handed over to a bank now (representatives only).' })
  @Authenticated()
  async bankAccountKycPreview(@CurrentActor() actor: Actor, @Args('companyId', { type: () => ID }) companyId: string) {
    return BankKycPackageModel.from(await this.applications.preview(actor, companyId), KYC_CONSENT_TEXT_VERSION);
  }

  @Query(() => [BankAccountApplicationModel], { description: 'The company’s bank account applications, newest first.' })
  @Authenticated()
  async bankAccountApplications(@CurrentActor() actor: Actor, @Args('companyId', { type: () => ID }) companyId: string) {
    return (await this.applications.list(actor, companyId)).map(BankAccountApplicationModel.from);
  }

  @Mutation(() => BankAccountApplicationModel, {
    description: 'Consents to the hand-over and applies; the package goes to the bank in the background.',
  })
  @Authenticated()
  async applyForBankAccount(@CurrentActor() actor: Actor, @Args('input') input: ApplyForBankAccountInput) {
    return BankAccountApplicationModel.from(await this.applications.apply(actor, input));
  }

  @Mutation(() => BankAccountApplicationModel, {
    description: 'Answers the bank’s request for documents (with the file uploaded before, if any).',
  })
  @Authenticated()
  async answerBankDocumentRequest(@CurrentActor() actor: Actor, @Args('input') input: AnswerBankDocumentRequestInput) {
    return BankAccountApplicationModel.from(await this.applications.answer(actor, input));
  }
}
