/** The browser's regional variant of the UI language if it has one, else the language. */
function localeFor(language: string): string {
  return navigator.languages?.find((tag) => tag.split('-')[0] === language) ?? language;
}

/** Integer cents as money in the reader's language: "15,00 €", "€15.00". */
export function formatMoney(cents: number, currency: string, language: string): string {
  return new Intl.NumberFormat(localeFor(language), { style: 'currency', currency }).format(cents / 100);
}
