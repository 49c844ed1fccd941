import { Inject, Injectable } from '@nestjs/common';
import type sendgridMail from '@sendgrid/mail';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { EmailSender, PermanentEmailFailure, type EmailToSend, type SentEmail } from './email-sender.js';

type MailService = typeof sendgridMail;

/** SendGrid v3 `mail/send` through `@sendgrid/mail`; SENDGRID_API_URL points it elsewhere (tests). */
@Injectable()
export class SendgridEmailSender extends EmailSender {
  private mail: Promise<MailService> | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super();
  }

  /** The SendGrid client, loaded with the first e-mail rather than at every start. */
  private mailService(): Promise<MailService> {
    this.mail ??= (async () => {
      const settings = this.config.email.sendgrid!;
      const [{ default: sendgridClient }, { default: sendgridMail }] = await Promise.all([
        import('@sendgrid/client'),
        import('@sendgrid/mail'),
      ]);
      const Client = (sendgridClient as unknown as { Client: new () => typeof sendgridClient }).Client;
      const MailServiceClass = (sendgridMail as unknown as { MailService: new () => MailService }).MailService;
      const client = new Client();
      client.setApiKey(settings.apiKey);
      if (settings.apiUrl) client.setDefaultRequest('baseUrl', settings.apiUrl);
      const mail = new MailServiceClass();
      mail.setClient(client);
      return mail;
    })();
    return this.mail;
  }

  async send(email: EmailToSend): Promise<SentEmail> {
    try {
      const [response] = await (
        await this.mailService()
      ).send({
        to: email.to,
        from: { email: this.config.email.from, name: this.config.email.fromName },
        subject: email.subject,
        text: email.text,
        html: email.html,
        attachments: email.attachments.map((attachment) => ({
          filename: attachment.filename,
          type: attachment.contentType,
          content: attachment.content,
          disposition: 'attachment',
        })),
        customArgs: { outbox_id: email.outboxId },
        headers: { 'X-Entity-Ref-ID': email.outboxId },
      });
      const messageId = response.headers['x-message-id'];
      return { provider: 'sendgrid', providerMessageId: typeof messageId === 'string' ? messageId : null };
    } catch (error) {
      const status = (error as { code?: number }).code;
      if (typeof status === 'number' && status >= 400 && status < 500 && status !== 429) {
        throw new PermanentEmailFailure(
          `SendGrid refused the message (${status}): ${JSON.stringify((error as { response?: { body?: unknown } }).response?.body ?? '')}`,
        );
      }
      throw error;
    }
  }
}
