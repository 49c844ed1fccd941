import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { Translator } from '../../common/i18n/translator.js';
import { renderParams, renderParamsOf, type MessageParams, type RenderedParam } from '../../common/i18n/message-params.js';
import { escapeHtml } from '../../common/html/escape-html.js';
import { intlLocale, languageDirection } from '../../../packages/shared/src/languages.js';
import type { EmailTemplate } from './email-template.js';
import type { OutgoingMail } from './mail.port.js';

export type { EmailTemplate } from './email-template.js';

/** Stands for a parameter while the catalogue text around it is escaped; NUL is in no catalogue text. */
const marker = (index: number) => `\u0000${index}\u0000`;
const MARKER = /\u0000(\d+)\u0000/g;

/**
 * Renders a localized e-mail from the `emails` catalogue: subject, plain text and HTML. Right-to-left
 * languages get `dir="rtl"` on the HTML, and codes, IBANs, references and links stay left to right
 * (`<span dir="ltr">` in HTML, Unicode isolates in text).
 */
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

  compose(template: EmailTemplate | string, to: string, language: string, params: MessageParams = {}): OutgoingMail {
    const all: MessageParams = { ...params, city: this.config.cityName };
    const textValues = renderParams(this.translator, language, all);
    const htmlValues = renderParamsOf(this.translator, language, all);
    const dir = languageDirection(language);
    const link = typeof params.link === 'string' && params.link ? params.link : undefined;

    const text = (key: string) => this.translator.t(language, key, textValues);
    const html = (key: string) => this.html(language, key, htmlValues, dir);
    const subject = text(`emails:${template}.subject`);
    const action = link ? text(`emails:${template}.action`) : undefined;
    // Some e-mails add a line of details (e.g. when a payment arrived, in Berlin time with the zone).
    const detailsKey = `emails:${template}.details`;
    const details = this.translator.has(detailsKey);
    const body = [
      text('emails:greeting'),
      '',
      text(`emails:${template}.body`),
      ...(details ? ['', text(detailsKey)] : []),
      ...(link ? ['', link] : []),
      '',
      text('emails:signature'),
    ].join('\n');
    const page = [
      `<!doctype html><html lang="${escapeHtml(intlLocale(language))}" dir="${dir}">`,
      `<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
      `<body dir="${dir}" style="font-family:sans-serif;line-height:1.5;max-width:36rem;text-align:start">`,
      `<p>${html('emails:greeting')}</p>`,
      `<p>${html(`emails:${template}.body`)}</p>`,
      details ? `<p>${html(detailsKey)}</p>` : '',
      link && action
        ? `<p><a href="${escapeHtml(link)}" style="display:inline-block;padding:.6rem 1rem;background:#0b4f8a;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(action)}</a></p><p dir="ltr" style="font-size:.85rem;word-break:break-all;text-align:left">${escapeHtml(link)}</p>`
        : '',
      `<p>${html('emails:signature')}</p>`,
      '</body></html>',
    ].join('');
    return { to, language, template, subject, text: body, html: page };
  }

  /** A catalogue text as HTML: the text escaped, each parameter escaped and, in right-to-left mail, kept left to right where it must be. */
  private html(language: string, key: string, values: Record<string, RenderedParam>, dir: 'ltr' | 'rtl'): string {
    const names = Object.keys(values);
    const markers = Object.fromEntries(names.map((name, index) => [name, marker(index)]));
    const raw = this.translator.t(language, key, markers);
    return escapeHtml(raw)
      .replace(/\n/g, '<br>')
      .replace(MARKER, (_, index: string) => {
        const { text, ltr } = values[names[Number(index)]];
        const escaped = escapeHtml(text).replace(/\n/g, '<br>');
        return dir === 'rtl' && ltr && text ? `<span dir="ltr">${escaped}</span>` : escaped;
      });
  }
}
