import { Injectable } from '@nestjs/common';
import { friendlyFormatIBAN } from 'ibantools';
import type { EntityManager } from 'typeorm';
import { Account } from '../identity/account.entity.js';
import { InAppNotificationService } from '../notifications/in-app/in-app-notification.service.js';
import { EmailComposer } from '../notifications/mail/email-composer.js';
import { MailPort } from '../notifications/mail/mail.port.js';
import type { BankAccountApplication } from './entities/bank-account-application.entity.js';
import type { PartnerBank } from './entities/partner-bank.entity.js';

export type BankingNotice = 'account_opened' | 'account_declined' | 'documents_requested';

/** Tells the representative who applied what the bank decided or needs, by e-mail and in the app. */
@Injectable()
export class BankApplicantNotifier {
  constructor(
    private readonly mail: MailPort,
    private readonly composer: EmailComposer,
    private readonly inApp: InAppNotificationService,
  ) {}

  async notify(manager: EntityManager, application: BankAccountApplication, bank: PartnerBank, notice: BankingNotice, extra: { reason?: string; message?: string } = {}): Promise<void> {
    const applicant = await manager.findOneBy(Account, { id: application.applicantAccountId });
    if (!applicant) return;
    const path = `/company/${application.companyId}/bank-account`;
    const params = {
      bank: bank.name,
      iban: application.iban ? (friendlyFormatIBAN(application.iban) ?? application.iban) : '',
      reason: extra.reason ?? '',
      message: extra.message ?? '',
    };
    await this.mail.send(this.composer.compose(`banking.${notice}`, applicant.email, applicant.preferredLanguage, { ...params, link: `${this.composer.publicUrl}${path}` }), manager);
    await this.inApp.notify(manager, applicant.id, `banking.${notice}`, params, path);
  }
}
