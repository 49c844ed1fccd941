import countries from 'i18n-iso-countries';
import de from 'i18n-iso-countries/langs/de.json';
import en from 'i18n-iso-countries/langs/en.json';

countries.registerLocale(de);
countries.registerLocale(en);

/** Every ISO 3166-1 country, named and sorted in the UI language (German or English). */
export function countryOptions(language: string): { value: string; label: string }[] {
  const lang = language === 'de' ? 'de' : 'en';
  const names = countries.getNames(lang, { select: 'official' });
  return Object.entries(names)
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
}

/** The country's name in the UI language. */
export function countryName(code: string, language: string): string {
  return countries.getName(code, language === 'de' ? 'de' : 'en') ?? code;
}
