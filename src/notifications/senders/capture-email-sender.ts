import { Injectable, Logger } from '@nestjs/common';
import { EmailSender, type EmailToSend, type SentEmail } from './email-sender.js';

/**
 * Without a SendGrid key: e-mails are "delivered" to the outbox itself, where the dev mailbox page
 * (`/dev/mailbox`) shows them. Same worker, same retries, no network.
 */
@Injectable()
export class CaptureEmailSender extends EmailSender {
  private readonly logger = new Logger('CaptureEmailSender');

  async send(email: EmailToSend): Promise<SentEmail> {
    this.logger.log(`e-mail to ${email.to}: ${email.subject} (read it at /dev/mailbox)`);
    return { provider: 'capture', providerMessageId: `capture-${email.outboxId}` };
  }
}
