import { localeFor } from '../utils/formatDate';

/** Integer cents as money in the reader's language: "15,00 €", "€15.00". */
export function formatMoney(cents: number, currency: string, language: string): string {
  return new Intl.NumberFormat(localeFor(language), { style: 'currency', currency }).format(cents / 100);
}
