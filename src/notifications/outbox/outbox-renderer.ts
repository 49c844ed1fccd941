import { Injectable } from '@nestjs/common';
import { Translator } from '../../common/i18n/translator.js';
import { EmailAttachments } from '../mail/email-attachments.js';
import { EmailComposer } from '../mail/email-composer.js';
import type { OutgoingMail } from '../mail/mail.port.js';
import { Recipients } from '../recipients.js';
import { OutboxEmailStatus, type InlineOutboxAttachment, type OutboxEmail } from './outbox-email.entity.js';

/**
 * Renders outbox e-mails as they go out now: in the recipient account's current language (looked up
 * through `Recipients` at this moment, not when the e-mail was written), with attachments made in
 * that language too.
 */
@Injectable()
export class OutboxRenderer {
  constructor(
    private readonly recipients: Recipients,
    private readonly composer: EmailComposer,
    private readonly attachmentRenderers: EmailAttachments,
    private readonly translator: Translator,
  ) {}

  /** Each row's language now (by row id): its account's preference, else the language it was written with. */
  async languages(rows: readonly OutboxEmail[]): Promise<Map<string, string>> {
    const accountIds = [...new Set(rows.flatMap((row) => (row.accountId ? [row.accountId] : [])))];
    const contacts = accountIds.length > 0 ? await this.recipients.of(accountIds) : new Map<string, { language: string }>();
    return new Map(
      rows.map((row) => [
        row.id,
        this.translator.resolve({ account: row.accountId ? contacts.get(row.accountId)?.language : null, explicit: row.language }),
      ]),
    );
  }

  /** The e-mail as it goes out in `language`; one written before e-mails were rendered at sending goes out as written. */
  compose(row: OutboxEmail, language: string): OutgoingMail {
    if (writtenBeforeRenderingAtSending(row)) {
      return { to: row.recipient, language: row.language, template: row.template, subject: row.subject!, text: row.text!, html: row.html! };
    }
    return this.composer.compose(row.template, row.recipient, language, row.params ?? {});
  }

  /** The row's attachments as files (base64), rendered in `language`; files stored inline are passed on as they are. */
  async attachments(row: OutboxEmail, language: string): Promise<InlineOutboxAttachment[]> {
    const files: InlineOutboxAttachment[] = [];
    for (const attachment of row.attachments ?? []) {
      if ('kind' in attachment) {
        const file = await this.attachmentRenderers.render(attachment, language);
        files.push({ filename: file.filename, contentType: file.contentType, content: file.content.toString('base64') });
      } else {
        files.push(attachment);
      }
    }
    return files;
  }

  /** What rows not sent yet show: rendered now, in the recipient's current language (sent rows are left out). */
  async preview(rows: readonly OutboxEmail[]): Promise<Map<string, OutgoingMail>> {
    const pending = rows.filter(
      (row) => (row.subject === null || row.status === OutboxEmailStatus.pending) && !writtenBeforeRenderingAtSending(row),
    );
    const languages = await this.languages(pending);
    return new Map(pending.map((row) => [row.id, this.compose(row, languages.get(row.id)!)]));
  }
}

/**
 * Rows the outbox wrote before e-mails were rendered at sending (migration 1796800000000) carry
 * their text and no parameters or account; every row written since has parameters (at least the
 * link) or an account.
 */
function writtenBeforeRenderingAtSending(row: OutboxEmail): boolean {
  return (
    row.accountId === null && Object.keys(row.params ?? {}).length === 0 && row.subject !== null && row.text !== null && row.html !== null
  );
}
