import { Inject, Injectable } from '@nestjs/common';
import { Translator } from '../common/i18n/translator.js';
import { formatDate } from '../common/i18n/formatting.js';
import { isolate } from '../common/pdf/text-layout.js';
import { PdfWriter } from '../common/pdf/pdf-writer.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { TradeRegistrationView } from './trade-registration.service.js';
import { fullName } from '../../packages/shared/src/person-name.js';

const BLUE = '#0b4f8a';

/**
 * The confirmation of a registered trade: the German text (the one that counts) and, for applicants
 * with another language, a translation of the same content after it (right to left for Arabic and
 * Persian). Names in any script (Unicode fonts, see common/pdf).
 */
@Injectable()
export class TradeRegistrationPdfService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly translator: Translator,
  ) {}

  async render(view: TradeRegistrationView, applicantLanguage: string, options: { compress?: boolean } = {}): Promise<Buffer> {
    const german = this.t('de');
    const pdf = PdfWriter.create({
      language: 'de',
      size: 'A4',
      margin: 56,
      compress: options.compress,
      title: german('title'),
      author: german('issuer'),
    });
    this.section(pdf, view, 'de', null);
    if (applicantLanguage !== 'de') {
      pdf.addPage();
      pdf.useLanguage(applicantLanguage);
      this.section(pdf, view, applicantLanguage, this.t(applicantLanguage)('translationNote'));
    }
    return pdf.end();
  }

  private t(language: string) {
    return (key: string, params: Record<string, unknown> = {}) =>
      this.translator.t(language, `trade-registration:pdf.${key}`, { city: this.config.cityName, ...params });
  }

  private section(pdf: PdfWriter, view: TradeRegistrationView, language: string, note: string | null): void {
    const t = this.t(language);
    const { registration, operator, persons, businessAddressLines } = view;
    const date = (value: Date | string) => formatDate(value, language);
    pdf.flow(t('title'), { size: 16, weight: 'bold', color: BLUE, spaceAfter: 2 });
    pdf.flow(t('issuer'), { size: 9 });
    if (note) {
      pdf.moveDown(6);
      pdf.flow(note, { size: 9, weight: 'bold', color: '#555555' });
    }
    pdf.moveDown(12);
    const row = (label: string, value: string) => {
      pdf.flow(label, { size: 9, weight: 'bold' });
      pdf.flow(value || '—', { size: 11, direction: 'auto', spaceAfter: 7 });
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
            `${isolate(fullName(person))}${pdf.comma}${t('born', { date: date(person.birthDate) })}${pdf.comma}${person.nationality} – ${t(`roles.${person.role}`)}`,
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
    pdf.moveDown(12);
    pdf.flow(t('footer'), { size: 9, color: '#555555' });
  }
}
