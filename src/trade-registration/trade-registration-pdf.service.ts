import { Inject, Injectable } from '@nestjs/common';
import PDFDocument from 'pdfkit';
import { Translator } from '../common/i18n/translator.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { TradeRegistrationView } from './trade-registration.service.js';

const BLUE = '#0b4f8a';

/**
 * The confirmation of a registered trade: the German text (the one that counts) and, for applicants
 * with another language, a translation of the same content after it.
 */
@Injectable()
export class TradeRegistrationPdfService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly translator: Translator,
  ) {}

  async render(view: TradeRegistrationView, applicantLanguage: string, options: { compress?: boolean } = {}): Promise<Buffer> {
    const german = this.t('de');
    const document = new PDFDocument({
      size: 'A4',
      margin: 56,
      compress: options.compress ?? true,
      info: { Title: german('title'), Author: german('issuer') },
    });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<Buffer>((resolve) => document.on('end', () => resolve(Buffer.concat(chunks))));
    this.section(document, view, 'de', null);
    if (applicantLanguage !== 'de') {
      document.addPage();
      this.section(document, view, applicantLanguage, this.t(applicantLanguage)('translationNote'));
    }
    document.end();
    return done;
  }

  private t(language: string) {
    return (key: string, params: Record<string, unknown> = {}) =>
      this.translator.t(language, `trade-registration:pdf.${key}`, { city: this.config.cityName, ...params });
  }

  private section(document: PDFKit.PDFDocument, view: TradeRegistrationView, language: string, note: string | null): void {
    const t = this.t(language);
    const { registration, operator, persons, businessAddressLines } = view;
    const date = (value: Date | string) =>
      new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(
        typeof value === 'string' ? new Date(`${value}T12:00:00Z`) : value,
      );
    const width = document.page.width - 112;
    document.fillColor(BLUE).font('Helvetica-Bold').fontSize(16).text(t('title'), { width });
    document.fillColor('#000000').font('Helvetica').fontSize(9).text(t('issuer'), { width });
    if (note) document.moveDown(0.5).font('Helvetica-Oblique').fontSize(9).text(note, { width });
    document.moveDown();
    const row = (label: string, value: string) => {
      document.font('Helvetica-Bold').fontSize(9).text(label, { width });
      document
        .font('Helvetica')
        .fontSize(11)
        .text(value || '—', { width });
      document.moveDown(0.5);
    };
    row(t('number'), registration.registrationNumber ?? '');
    const register = [operator.registerName, operator.registerNumber].filter(Boolean).join(' ');
    row(
      t('operator'),
      [
        `${operator.legalName} (${operator.legalForm})`,
        register,
        `${operator.headOffice.street}, ${operator.headOffice.postcode} ${operator.headOffice.city}, ${operator.headOffice.countryCode}`,
      ]
        .filter(Boolean)
        .join('\n'),
    );
    row(
      t('persons'),
      persons
        .map(
          (person) =>
            `${person.givenName} ${person.familyName}, ${t('born', { date: date(person.birthDate) })}, ${person.nationality} – ${t(`roles.${person.role}`)}`,
        )
        .join('\n'),
    );
    row(t('address'), businessAddressLines.join('\n'));
    row(t('establishmentKind'), registration.establishmentKind ? t(`establishmentKinds.${registration.establishmentKind}`) : '');
    row(t('activity'), registration.activityDescription);
    row(t('wz'), `${registration.wzCode ?? ''} ${registration.wzTitle ?? ''} (${registration.wzEdition ?? ''})`);
    row(t('startDate'), registration.startDate ? date(registration.startDate) : '');
    row(t('scope'), registration.businessScope ? t(`scopes.${registration.businessScope}`) : '');
    row(t('employees'), t('employeesValue', { fullTime: registration.employeesFullTime, partTime: registration.employeesPartTime }));
    row(
      t('permits'),
      registration.permits.length
        ? registration.permits.map((permit) => `${permit.kind} – ${permit.authority}, ${date(permit.issuedOn)}`).join('\n')
        : t('noPermits'),
    );
    row(t('date'), registration.registeredAt ? date(registration.registeredAt) : '');
    document.moveDown().font('Helvetica').fontSize(9).fillColor('#555555').text(t('footer'), { width }).fillColor('#000000');
  }
}
