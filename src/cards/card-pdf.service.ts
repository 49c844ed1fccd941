import { Inject, Injectable } from '@nestjs/common';
import QRCode from 'qrcode';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Translator } from '../common/i18n/translator.js';
import { formatDate, formattingLocale } from '../common/i18n/formatting.js';
import { PdfWriter } from '../common/pdf/pdf-writer.js';
import { formatCardNumber } from './card-number.js';
import type { CitizenCard } from './entities/citizen-card.entity.js';

const MM = 72 / 25.4;
/** ISO/IEC 7810 ID-1: the size of a bank card. */
const CARD = { width: 85.6 * MM, height: 53.98 * MM };
const BLUE = '#0b4f8a';

/**
 * The printable card: front (holder, number, validity, district) and back (static QR for people
 * without a phone; verifiers ask for photo ID). Credit-card sized pages, in the holder's language,
 * mirrored for right-to-left languages; the name in any script (Unicode fonts, see common/pdf).
 */
@Injectable()
export class CardPdfService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly translator: Translator,
  ) {}

  async render(card: CitizenCard, printedCode: string, language: string, options: { compress?: boolean } = {}): Promise<Buffer> {
    const t = (key: string, params: Record<string, unknown> = {}) =>
      this.translator.t(language, `cards:pdf.${key}`, { city: this.config.cityName, ...params });
    const qr = await QRCode.toBuffer(printedCode, { errorCorrectionLevel: 'M', margin: 2, scale: 6 });
    const pdf = PdfWriter.create({
      language,
      size: [CARD.width, CARD.height],
      margin: 0,
      compress: options.compress,
      title: t('title'),
      author: t('issuer'),
    });
    const inner = CARD.width - 8 * MM;
    const at = (start: number, top: number, width = inner) => ({ start, top, width });

    pdf.rect({ start: 0, top: 0, width: CARD.width, height: 11 * MM }, BLUE);
    pdf.text(t('title'), at(4 * MM, 3.2 * MM), { size: 9, weight: 'bold', color: '#ffffff', shrinkTo: 6 });
    pdf.text(t('holder'), at(4 * MM, 13.3 * MM), { size: 6 });
    pdf.text(card.holderName, at(4 * MM, 15.6 * MM), { size: 10, weight: 'bold', shrinkTo: 6, direction: 'auto' });
    if (!card.holderNameVerified) pdf.text(t('nameNotVerified'), at(4 * MM, 20.6 * MM), { size: 5.5, weight: 'bold', color: '#b00020' });
    pdf.text(t('number'), at(4 * MM, 23.3 * MM), { size: 6 });
    pdf.text(formatCardNumber(card.number), at(4 * MM, 25.6 * MM), { size: 11, weight: 'bold', direction: 'ltr' });
    pdf.text(t('validUntil'), at(4 * MM, 32.3 * MM, 34 * MM), { size: 6 });
    pdf.text(t('district'), at(40 * MM, 32.3 * MM, 41.6 * MM), { size: 6 });
    pdf.text(formatDate(card.validUntil, language, 'medium'), at(4 * MM, 34.6 * MM, 34 * MM), { size: 9, weight: 'bold' });
    pdf.text(t(`districts.${card.district}`), at(40 * MM, 34.6 * MM, 41.6 * MM), { size: 9, weight: 'bold' });
    const categories = new Intl.ListFormat(formattingLocale(language), { type: 'conjunction' }).format(
      card.categories.map((category) => t(`categoryNames.${category}`)),
    );
    pdf.text(t('categories', { categories }), at(4 * MM, 41.3 * MM), { size: 6 });
    pdf.text(t('issuer'), at(4 * MM, 48.6 * MM), { size: 5, color: '#555555', shrinkTo: 4 });

    pdf.addPage([CARD.width, CARD.height]);
    const qrSize = 44 * MM;
    pdf.image(qr, { start: 3 * MM, top: (CARD.height - qrSize) / 2, width: qrSize, height: qrSize });
    pdf.text(t('backTitle'), at(50 * MM, 5.5 * MM, 32 * MM), { size: 7, weight: 'bold' });
    pdf.text(t('backText'), at(50 * MM, 11.5 * MM, 32 * MM), { size: 6, lineHeight: 1.3 });
    return pdf.end();
  }
}
