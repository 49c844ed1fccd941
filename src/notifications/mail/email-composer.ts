import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { Translator } from '../../common/i18n/translator.js';
import { escapeHtml } from '../../common/html/escape-html.js';
import type { OutgoingMail } from './mail.port.js';

export type EmailTemplate =
  | 'verify_email'
  | 'password_reset'
  | 'registration_attempt'
  | 'password_changed'
  | 'payment_received'
  | 'payment_refunded'
  | 'residency_approved'
  | 'residency_rejected'
  | 'residency_info_requested'
  | 'residency_ended'
  | 'card_issued'
  | 'card_suspended'
  | 'card_resumed'
  | 'card_revoked'
  | 'card_device_changed'
  | 'card_replaced'
  | 'trade_registration_registered'
  | 'trade_registration_rejected'
  | 'trade_registration_info_requested'
  | 'business_mail_received'
  | 'business_mail_fee_due'
  | 'banking.account_opened'
  | 'banking.account_declined'
  | 'banking.documents_requested'
  | 'secure_message_from_office'
  | 'secure_message_from_company'
  | 'company_invitation'
  | 'identityVerification.video_approved'
  | 'identityVerification.video_rejected'
  | 'pki.certificate_revoked_by_office';

/** Renders a localized e-mail from the `emails` catalogue: subject, plain text and HTML. */
@Injectable()
export class EmailComposer {
  constructor(
    private readonly translator: Translator,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The address people use, for links in e-mails. */
  get publicUrl(): string {
    return this.config.publicUrl;
  }

  compose(template: EmailTemplate, to: string, language: string, params: Record<string, string> = {}): OutgoingMail {
    const values = { ...params, city: this.config.cityName };
    const t = (key: string) => this.translator.t(language, `emails:${template}.${key}`, values);
    const greeting = this.translator.t(language, 'emails:greeting', values);
    const signature = this.translator.t(language, 'emails:signature', values);
    const subject = t('subject');
    const body = t('body');
    const action = params.link ? t('action') : undefined;
    const text = [greeting, '', body, ...(params.link ? ['', params.link] : []), '', signature].join('\n');
    const html = [
      `<!doctype html><html lang="${language}"><body style="font-family:sans-serif;line-height:1.5;max-width:36rem">`,
      `<p>${escapeHtml(greeting)}</p>`,
      `<p>${escapeHtml(body)}</p>`,
      params.link && action
        ? `<p><a href="${escapeHtml(params.link)}" style="display:inline-block;padding:.6rem 1rem;background:#0b4f8a;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(action)}</a></p><p style="font-size:.85rem;word-break:break-all">${escapeHtml(params.link)}</p>`
        : '',
      `<p>${escapeHtml(signature).replace(/\n/g, '<br>')}</p>`,
      '</body></html>',
    ].join('');
    return { to, language, template, subject, text, html };
  }
}
