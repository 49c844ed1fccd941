import { Injectable } from '@nestjs/common';
import { formatDateTime } from '../common/i18n/formatting.js';
import { Translator } from '../common/i18n/translator.js';
import { PdfWriter } from '../common/pdf/pdf-writer.js';
import type { PersonalDataExport } from './privacy.service.js';

const BLUE = '#0b4f8a';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T/;

/** The readable copy of a personal data export: one section per domain, in the reader's language. */
@Injectable()
export class PersonalDataPdf {
  constructor(private readonly translator: Translator) {}

  render(data: PersonalDataExport, language: string): Promise<Buffer> {
    const t = (key: string, params: Record<string, unknown> = {}) => this.translator.t(language, `privacy:pdf.${key}`, params);
    const label = (group: 'sections' | 'fields', key: string) =>
      this.translator.has(`privacy:pdf.${group}.${key}`) ? t(`${group}.${key}`) : key;
    const pdf = PdfWriter.create({ language, size: 'A4', margin: 56, title: t('title') });
    pdf.flow(t('title'), { size: 20, weight: 'bold', color: BLUE, spaceAfter: 6 });
    pdf.flow(t('generatedAt', { date: formatDateTime(data.generatedAt, language) }), { size: 10, spaceAfter: 6 });
    pdf.flow(t('intro'), { size: 10, spaceAfter: 14 });
    for (const [domain, groups] of Object.entries(data.domains)) {
      pdf.flow(label('sections', domain), { size: 15, weight: 'bold', color: BLUE, spaceAfter: 6 });
      for (const [group, value] of Object.entries(groups)) {
        const records = Array.isArray(value) ? value : value === null ? [] : [value];
        pdf.flow(label('fields', group), { size: 12, weight: 'bold', spaceAfter: 4 });
        if (records.length === 0) pdf.flow(t('none'), { size: 10, color: '#555555', spaceAfter: 6 });
        for (const record of records) {
          const entries = typeof record === 'object' && record !== null ? Object.entries(record) : [['', record]];
          for (const [field, item] of entries) {
            pdf.pair(field ? label('fields', field) : '', this.text(item, language), {
              labelWidth: 150,
              gap: 10,
              label: { size: 9, weight: 'bold' },
              value: { size: 9, direction: 'auto' },
              spaceAfter: 2,
            });
          }
          pdf.moveDown(8);
        }
      }
      pdf.moveDown(8);
    }
    return pdf.end();
  }

  private text(value: unknown, language: string): string {
    if (value === null || value === undefined || value === '') return '–';
    if (value instanceof Date) return formatDateTime(value, language);
    if (typeof value === 'string') return ISO_DATE.test(value) ? formatDateTime(value, language) : value;
    if (Array.isArray(value)) return value.map((item) => this.text(item, language)).join(', ');
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value as number | boolean);
  }
}
