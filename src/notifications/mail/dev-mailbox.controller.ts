import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import { Public } from '../../common/auth/access.decorators.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { escapeHtml } from '../../common/html/escape-html.js';
import { DevMailbox } from './dev-mailbox.js';

/** Development only (not registered in production): read the e-mails the platform sent. */
@Controller('dev/mailbox')
@Public()
export class DevMailboxController {
  constructor(private readonly mailbox: DevMailbox) {}

  @Get('messages')
  async list(@Query('to') to?: string) {
    return (await this.mailbox.list(to)).map(({ html: _html, ...message }) => message);
  }

  @Get('messages/:id')
  @Header('content-type', 'text/html; charset=utf-8')
  async show(@Param('id') id: string) {
    const message = await this.mailbox.find(id);
    if (!message) throw DomainException.notFound();
    return message.html;
  }

  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  async page() {
    const rows = (await this.mailbox.list())
      .map(
        (message) =>
          `<li><a href="/dev/mailbox/messages/${message.id}">${escapeHtml(message.subject)}</a> → ${escapeHtml(message.to)} <small>${message.createdAt.toISOString()} · ${message.template} · ${message.language} · ${message.status}</small></li>`,
      )
      .join('');
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Dev mailbox</title></head><body style="font-family:sans-serif"><h1>Dev mailbox</h1><p>E-mails written to the outbox by this development server (newest first), with their delivery status. Not available in production.</p><ul>${rows || '<li>No e-mails yet.</li>'}</ul></body></html>`;
  }
}
