import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { InAppNotificationService } from './in-app/in-app-notification.service.js';
import { EmailComposer, type EmailTemplate } from './mail/email-composer.js';
import { MailPort, type OutgoingMail } from './mail/mail.port.js';
import { Recipients } from './recipients.js';

export type NoticeParams = Record<string, string>;

/** What to tell an account: an e-mail, an in-app notification, or both. */
export interface Notice {
  email?: { template: EmailTemplate; params?: NoticeParams; attachments?: OutgoingMail['attachments'] };
  inApp?: { kind: string; params?: NoticeParams; link?: string };
}

/** A notice, or one built for the recipient's language (dates, translated reasons). */
export type NoticeFor = Notice | ((language: string) => Notice);

/**
 * Tells accounts, given by id, what happened: looks up each recipient's address and language (through
 * the account directory that identity registers in `Recipients`), writes the e-mail to the outbox and the in-app notification, all
 * in the caller's transaction.
 */
@Injectable()
export class AccountNotifications {
  constructor(
    private readonly recipients: Recipients,
    private readonly composer: EmailComposer,
    private readonly mail: MailPort,
    private readonly inApp: InAppNotificationService,
  ) {}

  /** The address people use, for links in e-mails. */
  get publicUrl(): string {
    return this.composer.publicUrl;
  }

  /** Tells one account; false (and nothing sent) when there is no such account. */
  async notify(manager: EntityManager, accountId: string, notice: NoticeFor): Promise<boolean> {
    return (await this.notifyEach(manager, [accountId], notice)) === 1;
  }

  /** Tells each account once, in the given order, with one directory look-up for all; unknown ids are skipped. Returns how many were told. */
  async notifyEach(manager: EntityManager, accountIds: readonly string[], notice: NoticeFor): Promise<number> {
    const contacts = await this.recipients.of(accountIds, manager);
    let told = 0;
    for (const accountId of new Set(accountIds)) {
      const contact = contacts.get(accountId);
      if (!contact) continue;
      const { email, inApp } = typeof notice === 'function' ? notice(contact.language) : notice;
      if (email) {
        const mail = this.composer.compose(email.template, contact.email, contact.language, email.params);
        await this.mail.send(email.attachments ? { ...mail, attachments: email.attachments } : mail, manager);
      }
      if (inApp) await this.inApp.notify(manager, accountId, inApp.kind, inApp.params, inApp.link);
      told += 1;
    }
    return told;
  }
}
