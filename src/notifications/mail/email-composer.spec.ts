import { buildConfig } from '../../config/app-config.js';
import { param } from '../../common/i18n/message-params.js';
import { Translator } from '../../common/i18n/translator.js';
import { EmailComposer } from './email-composer.js';

describe('EmailComposer', () => {
  const composer = new EmailComposer(new Translator(['de', 'en', 'ar', 'fa'], 'de'), buildConfig({}));
  const params = {
    number: param.ltr('4412 3456 7890'),
    reason: '<script>alert(1)</script> & more',
    link: 'https://bochum.example/card?x=1&y=2',
  };

  it('escapes every parameter and keeps line breaks of notes', () => {
    const mail = composer.compose('card_revoked', 'person@example.org', 'en', { ...params, reason: 'line one\nline two <b>' });
    expect(mail.html).toContain('line one<br>line two &#60;b&#62;');
    expect(mail.html).not.toContain('<b>');
    expect(mail.html).toContain('href="https://bochum.example/card?x=1&#38;y=2"');
    expect(mail.text).toContain('line one\nline two <b>');
  });

  it('writes right-to-left mail with dir and lang, and keeps codes and links left to right', () => {
    const mail = composer.compose('card_revoked', 'person@example.org', 'ar', params);
    expect(mail.html).toMatch(/^<!doctype html><html lang="ar" dir="rtl">/);
    expect(mail.html).toContain('<span dir="ltr">4412 3456 7890</span>');
    expect(mail.html).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; more');
    expect(mail.html).toContain('<p dir="ltr"');
    expect(mail.subject).toContain('\u20664412 3456 7890\u2069');
    expect(composer.compose('card_revoked', 'p@example.org', 'fa', params).html).toContain('<html lang="fa-IR" dir="rtl">');
  });

  it('writes left-to-right mail without isolates', () => {
    const mail = composer.compose('card_revoked', 'person@example.org', 'de', params);
    expect(mail.html).toMatch(/^<!doctype html><html lang="de-DE" dir="ltr">/);
    expect(mail.html).not.toContain('<span dir="ltr">');
    expect(mail.subject).toBe('Ihr Bürgerausweis 4412 3456 7890 wurde widerrufen');
  });
});
