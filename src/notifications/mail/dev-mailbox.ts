import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { MailPort, type OutgoingMail } from './mail.port.js';

export interface CapturedMail extends OutgoingMail {
  id: string;
  sentAt: Date;
}

const CAPACITY = 500;

/**
 * Development mail sink: keeps the latest messages in memory for the dev mailbox page
 * (`/dev/mailbox`) and logs each one. Replaced by the outbox + SendGrid sender in production.
 */
@Injectable()
export class DevMailbox extends MailPort {
  private readonly logger = new Logger('DevMailbox');
  private readonly messages: CapturedMail[] = [];

  async send(mail: OutgoingMail): Promise<void> {
    const captured = { ...mail, id: randomUUID(), sentAt: new Date() };
    this.messages.unshift(captured);
    this.messages.length = Math.min(this.messages.length, CAPACITY);
    this.logger.log(`e-mail "${mail.template}" to ${mail.to}: ${mail.subject} (open /dev/mailbox to read it)`);
  }

  list(to?: string): CapturedMail[] {
    const recipient = to?.trim().toLowerCase();
    return recipient ? this.messages.filter((message) => message.to === recipient) : [...this.messages];
  }

  find(id: string): CapturedMail | undefined {
    return this.messages.find((message) => message.id === id);
  }
}
