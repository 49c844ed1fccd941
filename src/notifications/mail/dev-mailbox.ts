import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isUuid } from '../../common/ids/is-uuid.js';
import { OutboxEmail, type InlineOutboxAttachment } from '../outbox/outbox-email.entity.js';
import { OutboxRenderer } from '../outbox/outbox-renderer.js';

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

/**
 * Development view of the outbox: every e-mail the platform wrote, newest first. A sent e-mail shows
 * what was sent; one not sent yet shows how it would go out now (in the recipient's current language).
 */
@Injectable()
export class DevMailbox {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly renderer: OutboxRenderer,
  ) {}

  async list(to?: string, limit = 200): Promise<CapturedMail[]> {
    const recipient = to?.trim().toLowerCase();
    const rows = await this.dataSource.manager.find(OutboxEmail, {
      where: recipient ? { recipient } : {},
      order: { createdAt: 'DESC' },
      take: limit,
    });
    return this.captured(rows);
  }

  async find(id: string): Promise<CapturedMail | undefined> {
    const row = await this.row(id);
    return row ? (await this.captured([row]))[0] : undefined;
  }

  /** The e-mail's attachments as they are (or would now be) sent. */
  async attachments(id: string): Promise<InlineOutboxAttachment[]> {
    const row = await this.row(id);
    if (!row) return [];
    const language = row.status === 'pending' ? (await this.renderer.languages([row])).get(row.id)! : row.language;
    return this.renderer.attachments(row, language);
  }

  private async row(id: string): Promise<OutboxEmail | null> {
    return isUuid(id) ? this.dataSource.manager.findOneBy(OutboxEmail, { id }) : null;
  }

  private async captured(rows: OutboxEmail[]): Promise<CapturedMail[]> {
    const previews = await this.renderer.preview(rows);
    return rows.map((row) => {
      const rendered = previews.get(row.id);
      return {
        id: row.id,
        to: row.recipient,
        template: row.template,
        subject: rendered?.subject ?? row.subject ?? '',
        text: rendered?.text ?? row.text ?? '',
        html: rendered?.html ?? row.html ?? '',
        language: rendered?.language ?? row.language,
        status: row.status,
        createdAt: row.createdAt,
        sentAt: row.sentAt,
      };
    });
  }
}
