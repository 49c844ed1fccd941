import type { EntityManager } from 'typeorm';
import type { MessageParams } from '../../common/i18n/message-params.js';
import type { EmailTemplate } from './email-template.js';

/** A file an e-mail carries, made when the e-mail is sent by the renderer its domain registered in `EmailAttachments`. */
export interface MailAttachmentRef {
  /** The renderer, e.g. `payments.receipt`. */
  kind: string;
  /** What to render, e.g. the payment id. */
  ref: string;
}

/**
 * An e-mail to write: what it says (template and language-neutral parameters), not its text. It is
 * rendered when it is sent, in the recipient's language at that moment.
 */
export interface QueuedMail {
  to: string;
  /** The account it is for, whose current language it is sent in; none for an address without an account. */
  accountId?: string | null;
  /** The language known now: used when there is no account (or it is gone). */
  language: string;
  template: EmailTemplate;
  params?: MessageParams;
  attachments?: MailAttachmentRef[];
}

/** An e-mail as rendered for sending. */
export interface OutgoingMail {
  to: string;
  language: string;
  /** Template name, e.g. `verify_email`; kept for tracing and tests. */
  template: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * The one way the application sends e-mail. Callers pass the transaction's manager so that an
 * implementation backed by an outbox can write the message in the same transaction as the change.
 */
export abstract class MailPort {
  abstract send(mail: QueuedMail, manager?: EntityManager): Promise<void>;
}
