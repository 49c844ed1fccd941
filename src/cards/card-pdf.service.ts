import { Inject, Injectable } from '@nestjs/common';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Translator } from '../common/i18n/translator.js';
import { formatCardNumber } from './card-number.js';
import type { CitizenCard } from './entities/citizen-card.entity.js';
import { staticCode } from '../../packages/shared/src/index.js';

const MM = 72 / 25.4;
/** ISO/IEC 7810 ID-1: the size of a bank card. */
const CARD = { width: 85.6 * MM, height: 53.98 * MM };
const BLUE = '#0b4f8a';

/**
 * The printable card: front (holder, number, validity, district) and back (static QR for people
 * without a phone; verifiers ask for photo ID). Credit-card sized pages, in the holder's language.
 */
@Injectable()
export class CardPdfService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly translator: Translator,
  ) {}

  async render(card: CitizenCard, staticCredential: string, language: string, options: { compress?: boolean } = {}): Promise<Buffer> {
    const t = (key: string, params: Record<string, unknown> = {}) =>
      this.translator.t(language, `cards:pdf.${key}`, { city: this.config.cityName, ...params });
    const qr = await QRCode.toBuffer(staticCode(staticCredential), { errorCorrectionLevel: 'M', margin: 2, scale: 6 });
    const date = (value: Date) => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'Europe/Berlin' }).format(value);
    const document = new PDFDocument({
      size: [CARD.width, CARD.height],
      margin: 0,
      compress: options.compress ?? true,
      info: { Title: t('title'), Author: t('issuer') },
    });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<Buffer>((resolve) => document.on('end', () => resolve(Buffer.concat(chunks))));

    document.rect(0, 0, CARD.width, 11 * MM).fill(BLUE);
    document
      .fillColor('#ffffff')
      .font('Helvetica-Bold')
      .fontSize(9)
      .text(t('title'), 4 * MM, 3.5 * MM, { width: CARD.width - 8 * MM });
    document
      .fillColor('#000000')
      .font('Helvetica')
      .fontSize(6)
      .text(t('holder'), 4 * MM, 14 * MM);
    document
      .font('Helvetica-Bold')
      .fontSize(10)
      .text(card.holderName, 4 * MM, 16.5 * MM, { width: CARD.width - 8 * MM });
    if (!card.holderNameVerified) {
      document
        .font('Helvetica-Bold')
        .fontSize(5.5)
        .fillColor('#b00020')
        .text(t('nameNotVerified'), 4 * MM, 21 * MM, { width: CARD.width - 8 * MM });
      document.fillColor('#000000');
    }
    document
      .font('Helvetica')
      .fontSize(6)
      .text(t('number'), 4 * MM, 24 * MM);
    document
      .font('Courier-Bold')
      .fontSize(11)
      .text(formatCardNumber(card.number), 4 * MM, 26.5 * MM);
    document
      .font('Helvetica')
      .fontSize(6)
      .text(t('validUntil'), 4 * MM, 33 * MM)
      .text(t('district'), 40 * MM, 33 * MM);
    document
      .font('Helvetica-Bold')
      .fontSize(9)
      .text(date(card.validUntil), 4 * MM, 35.5 * MM)
      .text(t(`districts.${card.district}`), 40 * MM, 35.5 * MM);
    document
      .font('Helvetica')
      .fontSize(6)
      .text(
        t('categories', { categories: card.categories.map((category) => t(`categoryNames.${category}`)).join(', ') }),
        4 * MM,
        42 * MM,
        { width: CARD.width - 8 * MM },
      );
    document
      .fontSize(5)
      .fillColor('#555555')
      .text(t('issuer'), 4 * MM, 49 * MM);

    document.addPage({ size: [CARD.width, CARD.height], margin: 0 });
    const qrSize = 44 * MM;
    document.image(qr, 3 * MM, (CARD.height - qrSize) / 2, { width: qrSize, height: qrSize });
    document
      .fillColor('#000000')
      .font('Helvetica-Bold')
      .fontSize(7)
      .text(t('backTitle'), 50 * MM, 6 * MM, { width: 32 * MM });
    document
      .font('Helvetica')
      .fontSize(6)
      .text(t('backText'), 50 * MM, 12 * MM, { width: 32 * MM });
    document.end();
    return done;
  }
}
