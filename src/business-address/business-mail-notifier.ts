import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { Account } from '../../identity/account.entity.js';
import { InAppNotificationService } from '../../notifications/in-app/in-app-notification.service.js';
import { EmailComposer } from '../../notifications/mail/email-composer.js';
import { MailPort } from '../../notifications/mail/mail.port.js';
import { CompaniesPort } from './companies-port.js';

/** Tells every representative of the company that a letter arrived, in the app and by e-mail. */
@Injectable()
export class BusinessMailNotifier {
  constructor(
    private readonly companies: CompaniesPort,
    private readonly mail: MailPort,
    private readonly composer: EmailComposer,
    private readonly inApp: InAppNotificationService,
  ) {}

  /** The paid month has ended: the next month's fee is due (letters are held until it is paid). */
  async feeDue(manager: EntityManager, companyId: string): Promise<void> {
    const path = `/company/${companyId}/business-address`;
    for (const account of await this.representativeAccounts(manager, companyId)) {
      await this.inApp.notify(manager, account.id, 'business_mail_fee_due', {}, path);
      await this.mail.send(this.composer.compose('business_mail_fee_due', account.email, account.preferredLanguage, { link: `${this.composer.publicUrl}${path}` }), manager);
    }
  }

  async mailReceived(manager: EntityManager, companyId: string, letter: { sender: string; mailbox: string; receivedOn: string }): Promise<void> {
    const accounts = await this.representativeAccounts(manager, companyId);
    const path = `/company/${companyId}/business-address`;
    for (const account of accounts) {
      const params = { sender: letter.sender, mailbox: letter.mailbox, receivedOn: formatDay(letter.receivedOn, account.preferredLanguage) };
      await this.inApp.notify(manager, account.id, 'business_mail_received', params, path);
      await this.mail.send(
        this.composer.compose('business_mail_received', account.email, account.preferredLanguage, { ...params, link: `${this.composer.publicUrl}${path}` }),
        manager,
      );
    }
  }

  private async representativeAccounts(manager: EntityManager, companyId: string): Promise<Account[]> {
    const representatives = await this.companies.directory.representatives(companyId, manager);
    if (representatives.length === 0) return [];
    return manager.findBy(Account, { id: In(representatives.map((representative) => representative.accountId)) });
  }
}

/** A calendar day (YYYY-MM-DD) written the reader's way, e.g. "21. November 2026". */
function formatDay(day: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}
