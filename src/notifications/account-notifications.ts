import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MessageParams } from '../common/i18n/message-params.js';
import { InAppNotificationService } from './in-app/in-app-notification.service.js';
import { EmailComposer, type EmailTemplate } from './mail/email-composer.js';
import { MailPort, type MailAttachmentRef } from './mail/mail.port.js';
import { Recipients } from './recipients.js';

/** Parameters of a notice: language-neutral values (see `param`), rendered for the reader when read or sent. */
export type NoticeParams = MessageParams;

/**
 * What to tell an account: an e-mail, an in-app notification, or both. It holds no text of any
 * language: both are rendered in the account's language when the e-mail is sent and when the
 * notification is read, so a person who changes their language reads everything in the new one.
 */
export interface Notice {
  email?: { template: EmailTemplate; params?: NoticeParams; attachments?: MailAttachmentRef[] };
  inApp?: { kind: string; params?: NoticeParams; link?: string };
}

/**
 * Tells accounts, given by id, what happened: looks up each recipient's address (through the account
 * directory that identity registers in `Recipients`), writes the e-mail to the outbox and the in-app
 * notification, all in the caller's transaction.
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
  async notify(manager: EntityManager, accountId: string, notice: Notice): Promise<boolean> {
    return (await this.notifyEach(manager, [accountId], notice)) === 1;
  }

  /** Tells each account once, in the given order, with one directory look-up for all; unknown ids are skipped. Returns how many were told. */
  async notifyEach(manager: EntityManager, accountIds: readonly string[], notice: Notice): Promise<number> {
    const contacts = await this.recipients.of(accountIds, manager);
    let told = 0;
    for (const accountId of new Set(accountIds)) {
      const contact = contacts.get(accountId);
      if (!contact) continue;
      const { email, inApp } = notice;
      if (email) {
        await this.mail.send(
          {
            to: contact.email,
            accountId,
            language: contact.language,
            template: email.template,
            params: email.params,
            attachments: email.attachments,
          },
          manager,
        );
      }
      if (inApp) await this.inApp.notify(manager, accountId, inApp.kind, inApp.params, inApp.link);
      told += 1;
    }
    return told;
  }
}
