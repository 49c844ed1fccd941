import { buildConfig } from '../../config/app-config.js';
import { Translator } from '../../common/i18n/translator.js';
import type { Payment } from '../payment.entity.js';
import { Payment as PaymentEntity } from '../payment.entity.js';
import { PaymentProviderName } from '../payment-provider-name.js';
import { PaymentPurpose } from '../payment-purpose.js';
import { PaymentStatus } from '../payment-status.js';
import { PaymentTexts } from '../payment-texts.js';
import { ReceiptComposer } from './receipt-composer.js';
import { renderReceiptPdf } from './render-receipt-pdf.js';

function payment(overrides: Partial<Payment> = {}): Payment {
  return Object.assign(new PaymentEntity(), {
    id: '00000000-0000-8000-8000-000000000001',
    referenceNumber: 123,
    purpose: PaymentPurpose.citizen_card,
    amountCents: 1500,
    currency: 'EUR',
    status: PaymentStatus.succeeded,
    provider: PaymentProviderName.sandbox,
    createdAt: new Date('2026-03-01T10:00:00Z'),
    paidAt: new Date('2026-03-01T10:05:00Z'),
    refundReason: null,
    ...overrides,
  });
}

describe('receipts', () => {
  const composer = new ReceiptComposer(buildConfig({}), new PaymentTexts(new Translator(['de', 'en'], 'de')));
  const value = (content: ReturnType<ReceiptComposer['compose']>, label: string) => content.rows.find((row) => row.label === label)?.value;

  it('is written in the payer’s language, with amount and date formatted for it (Berlin time)', () => {
    const german = composer.compose(payment(), 'person@example.org', 'de');
    expect(german.issuer).toBe('Stadt Bochum');
    expect(german.title).toBe('Zahlungsbeleg');
    expect(value(german, 'Betrag')).toBe('15,00\u00a0€');
    expect(value(german, 'Zweck')).toBe('Bürgerkarte');
    expect(value(german, 'Bezahlt am')).toBe('1. März 2026 um 11:05 MEZ');
    expect(value(german, 'Referenz')).toMatch(/^BO-P-2026-000123-\d$/);

    const english = composer.compose(payment(), 'person@example.org', 'en');
    expect(english.issuer).toBe('City of Bochum');
    expect(value(english, 'Amount')).toBe('€15.00');
    expect(value(english, 'Purpose')).toBe('Citizen card');
    expect(value(english, 'Paid on')).toBe('1 March 2026 at 11:05 CET');
    expect(value(english, 'Paid by')).toBe('person@example.org');
    expect(value(composer.compose(payment(), 'person@example.org', 'en', 'Łukasz Şahin'), 'Paid by')).toBe(
      'Łukasz Şahin\nperson@example.org',
    );
  });

  it('marks a sandbox payment as a test, and a refunded one as refunded', () => {
    expect(composer.compose(payment(), 'p@example.org', 'en').notice).toBe('TEST PAYMENT – nothing was charged');
    expect(composer.compose(payment({ provider: PaymentProviderName.stripe }), 'p@example.org', 'en').notice).toBeNull();
    const refunded = composer.compose(
      payment({ status: PaymentStatus.refunded, refundedAt: new Date('2026-03-02T09:00:00Z'), refundReason: 'Applied twice' }),
      'p@example.org',
      'en',
    );
    expect(refunded.title).toBe('Payment receipt – refunded');
    expect(value(refunded, 'Reason for the refund')).toBe('Applied twice');
  });

  it('renders a PDF whose text carries what was composed', async () => {
    const { pdfText } = await import('../../../test/support/pdf-text.js');
    const pdf = await renderReceiptPdf(composer.compose(payment(), 'person@example.org', 'de'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await pdfText(pdf)).replace(/\u00a0/g, ' ');
    const content = composer.compose(payment(), 'person@example.org', 'de');
    expect(text).toContain('Zahlungsbeleg');
    expect(text).toContain('Betrag 15,00 €');
    expect(text).toContain('Zweck Bürgerkarte');
    for (const row of content.rows) expect(text).toContain(`${row.label} ${row.value.replace(/\u00a0/g, ' ')}`);
  });

  it('writes a receipt in Arabic right to left, with the payer’s name, and the address left to right inside', async () => {
    const { pdfText } = await import('../../../test/support/pdf-text.js');
    const texts = new PaymentTexts(new Translator(['de', 'en', 'ar'], 'de'));
    const arabic = new ReceiptComposer(buildConfig({}), texts).compose(payment(), 'person@example.org', 'ar', 'محمد الأحمد');
    const text = await pdfText(await renderReceiptPdf(arabic));
    // Read right to left: the label (at the right margin) comes first; bidi marks from Intl are not drawn.
    for (const row of arabic.rows) {
      expect(text).toContain(
        `${row.label} ${row.value
          .split('\n')[0]
          .replace(/[\u200e\u200f\u061c]/g, '')
          .replace(/\u00a0/g, ' ')}`,
      );
    }
    expect(text).toContain(arabic.title);
    expect(text).toContain(`${texts.t('ar', 'receipt.payer')} محمد الأحمد\nperson@example.org`);
  });
});
