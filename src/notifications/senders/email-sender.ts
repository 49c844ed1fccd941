import type { InlineOutboxAttachment } from '../outbox/outbox-email.entity.js';

export interface EmailToSend {
  outboxId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments: InlineOutboxAttachment[];
}

export interface SentEmail {
  provider: string;
  providerMessageId: string | null;
}

/** A failure that retrying cannot fix (e.g. the provider refuses the message). */
export class PermanentEmailFailure extends Error {}

/** Delivers one e-mail; the outbox worker calls it, at least once per e-mail. */
export abstract class EmailSender {
  abstract send(email: EmailToSend): Promise<SentEmail>;
}
