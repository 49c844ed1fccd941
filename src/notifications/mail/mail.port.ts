import type { EntityManager } from 'typeorm';

export interface OutgoingMail {
  to: string;
  language: string;
  /** Template name, e.g. `verify_email`; kept for tracing and tests. */
  template: string;
  subject: string;
  text: string;
  html: string;
  attachments?: { filename: string; contentType: string; content: Buffer }[];
}

/**
 * The one way the application sends e-mail. Callers pass the transaction's manager so that an
 * implementation backed by an outbox can write the message in the same transaction as the change.
 */
export abstract class MailPort {
  abstract send(mail: OutgoingMail, manager?: EntityManager): Promise<void>;
}
