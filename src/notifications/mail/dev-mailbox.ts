import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isUuid } from '../../common/ids/is-uuid.js';
import { OutboxEmail } from '../outbox/outbox-email.entity.js';

export interface CapturedMail {
  id: string;
  to: string;
  template: string;
  subject: string;
  text: string;
  html: string;
  language: string;
  status: string;
  createdAt: Date;
  sentAt: Date | null;
}

/** Development view of the outbox: every e-mail the platform wrote, newest first. */
@Injectable()
export class DevMailbox {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(to?: string, limit = 200): Promise<CapturedMail[]> {
    const recipient = to?.trim().toLowerCase();
    const rows = await this.dataSource.manager.find(OutboxEmail, {
      where: recipient ? { recipient } : {},
      order: { createdAt: 'DESC' },
      take: limit,
    });
    return rows.map(toCaptured);
  }

  async find(id: string): Promise<CapturedMail | undefined> {
    if (!isUuid(id)) return undefined;
    const row = await this.dataSource.manager.findOneBy(OutboxEmail, { id });
    return row ? toCaptured(row) : undefined;
  }
}

function toCaptured(row: OutboxEmail): CapturedMail {
  return {
    id: row.id,
    to: row.recipient,
    template: row.template,
    subject: row.subject,
    text: row.text,
    html: row.html,
    language: row.language,
    status: row.status,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
  };
}
