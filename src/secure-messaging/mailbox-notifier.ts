import { Inject, Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { Role } from '../common/auth/role.js';
import { CompanyDirectory } from '../companies/company-directory.service.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Account } from '../identity/account.entity.js';
import { InAppNotificationService } from '../notifications/in-app/in-app-notification.service.js';
import { EmailComposer } from '../notifications/mail/email-composer.js';
import { MailPort } from '../notifications/mail/mail.port.js';
import type { SecureMessage } from './entities/secure-message.entity.js';
import type { SecureThread } from './entities/secure-thread.entity.js';
import { MessageSender } from './signature-verdict.js';

/**
 * Tells the other side of a thread about a new message, in the app and by e-mail, inside the
 * sending transaction: the office's staff for a company's message, the representatives for the office's.
 */
@Injectable()
export class MailboxNotifier {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly directory: CompanyDirectory,
    private readonly mail: MailPort,
    private readonly composer: EmailComposer,
    private readonly inApp: InAppNotificationService,
  ) {}

  async newMessage(manager: EntityManager, thread: SecureThread, message: SecureMessage): Promise<void> {
    const toCompany = message.sender === MessageSender.office;
    const recipients = toCompany ? await this.representatives(manager, thread.companyId) : await this.officeStaff(manager);
    const link = toCompany ? `/company/${thread.companyId}/mailbox?thread=${thread.id}` : `/staff/mailbox/${thread.id}`;
    const template = toCompany ? 'secure_message_from_office' : 'secure_message_from_company';
    for (const account of recipients) {
      if (account.id === message.authorAccountId) continue;
      await this.inApp.notify(manager, account.id, template, { subject: thread.subject }, link);
      await this.mail.send(this.composer.compose(template, account.email, account.preferredLanguage, { subject: thread.subject, link: `${this.config.publicUrl}${link}` }), manager);
    }
  }

  private async representatives(manager: EntityManager, companyId: string): Promise<Account[]> {
    const ids = (await this.directory.representatives(companyId, manager)).map((representative) => representative.accountId);
    return ids.length ? manager.find(Account, { where: { id: In(ids) } }) : [];
  }

  private officeStaff(manager: EntityManager): Promise<Account[]> {
    return manager
      .createQueryBuilder(Account, 'a')
      .where(':role = ANY(a.roles)', { role: Role.staff_economic_development })
      .getMany();
  }
}
