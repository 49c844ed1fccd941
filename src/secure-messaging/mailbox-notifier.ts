import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Role } from '../common/auth/role.js';
import { CompanyDirectory } from '../companies/index.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { AccountDirectory } from '../identity/index.js';
import { AccountNotifications } from '../notifications/index.js';
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
    private readonly accounts: AccountDirectory,
    private readonly notifications: AccountNotifications,
  ) {}

  async newMessage(manager: EntityManager, thread: SecureThread, message: SecureMessage): Promise<void> {
    const toCompany = message.sender === MessageSender.office;
    const recipients = toCompany ? await this.representatives(manager, thread.companyId) : await this.officeStaff(manager);
    const link = toCompany ? `/company/${thread.companyId}/mailbox?thread=${thread.id}` : `/staff/mailbox/${thread.id}`;
    const template = toCompany ? 'secure_message_from_office' : 'secure_message_from_company';
    await this.notifications.notifyEach(
      manager,
      recipients.filter((accountId) => accountId !== message.authorAccountId),
      {
        inApp: { kind: template, params: { subject: thread.subject }, link },
        email: { template, params: { subject: thread.subject, link: `${this.config.publicUrl}${link}` } },
      },
    );
  }

  private async representatives(manager: EntityManager, companyId: string): Promise<string[]> {
    return (await this.directory.representatives(companyId, manager)).map((representative) => representative.accountId);
  }

  private async officeStaff(manager: EntityManager): Promise<string[]> {
    return (await this.accounts.withAnyRole([Role.staff_economic_development], manager)).map((account) => account.id);
  }
}
