import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { param } from '../common/i18n/message-params.js';
import { CompanyDirectory } from '../companies/index.js';
import { AccountNotifications } from '../notifications/index.js';

/** Tells every representative of the company that a letter arrived, in the app and by e-mail, each in their language when read or sent. */
@Injectable()
export class BusinessMailNotifier {
  constructor(
    private readonly directory: CompanyDirectory,
    private readonly notifications: AccountNotifications,
  ) {}

  /** The paid month has ended: the next month's fee is due (letters are held until it is paid). */
  async feeDue(manager: EntityManager, companyId: string): Promise<void> {
    const path = `/company/${companyId}/business-address`;
    await this.notifications.notifyEach(manager, await this.representativeAccounts(manager, companyId), {
      inApp: { kind: 'business_mail_fee_due', link: path },
      email: { template: 'business_mail_fee_due', params: { link: `${this.notifications.publicUrl}${path}` } },
    });
  }

  async mailReceived(
    manager: EntityManager,
    companyId: string,
    letter: { sender: string; mailbox: string; receivedOn: string },
  ): Promise<void> {
    const path = `/company/${companyId}/business-address`;
    const params = { sender: letter.sender, mailbox: param.ltr(letter.mailbox), receivedOn: param.date(letter.receivedOn) };
    await this.notifications.notifyEach(manager, await this.representativeAccounts(manager, companyId), {
      inApp: { kind: 'business_mail_received', params, link: path },
      email: { template: 'business_mail_received', params: { ...params, link: `${this.notifications.publicUrl}${path}` } },
    });
  }

  private async representativeAccounts(manager: EntityManager, companyId: string): Promise<string[]> {
    const representatives = await this.directory.representatives(companyId, manager);
    return representatives.map((representative) => representative.accountId);
  }
}
