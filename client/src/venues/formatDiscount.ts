import { formatMoney } from '../payments/formatMoney';

/** "50 %" or "3,50 €", in the page's language. */
export function formatDiscount(offer: { discountPercent: number | null; fixedPriceCents: number | null }, language: string): string {
  if (offer.discountPercent !== null) return new Intl.NumberFormat(language, { style: 'percent' }).format(offer.discountPercent / 100);
  return formatMoney(offer.fixedPriceCents ?? 0, 'EUR', language);
}
