import { Injectable } from '@nestjs/common';
import { friendlyFormatIBAN } from 'ibantools';
import type { EntityManager } from 'typeorm';
import { param } from '../common/i18n/message-params.js';
import { AccountNotifications } from '../notifications/index.js';
import type { BankAccountApplication } from './entities/bank-account-application.entity.js';
import type { PartnerBank } from './entities/partner-bank.entity.js';

export type BankingNotice = 'account_opened' | 'account_declined' | 'documents_requested';

/** Tells the representative who applied what the bank decided or needs, by e-mail and in the app. */
@Injectable()
export class BankApplicantNotifier {
  constructor(private readonly notifications: AccountNotifications) {}

  async notify(
    manager: EntityManager,
    application: BankAccountApplication,
    bank: PartnerBank,
    notice: BankingNotice,
    extra: { reason?: string; message?: string } = {},
  ): Promise<void> {
    const path = `/company/${application.companyId}/bank-account`;
    const params = {
      bank: bank.name,
      iban: application.iban ? param.ltr(friendlyFormatIBAN(application.iban) ?? application.iban) : '',
      reason: extra.reason ?? '',
      message: extra.message ?? '',
    };
    await this.notifications.notify(manager, application.applicantAccountId, {
      email: { template: `banking.${notice}`, params: { ...params, link: `${this.notifications.publicUrl}${path}` } },
      inApp: { kind: `banking.${notice}`, params, link: path },
    });
  }
}
