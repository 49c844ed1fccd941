import type { TFunction } from 'i18next';

/** A case facet for people: residency categories and districts come from the residency catalogue. */
export function facetLabel(t: TFunction<['backoffice', 'residency']>, facet: { name: string; value: string }): string {
  if (facet.name === 'category') return t(`categories.${facet.value}` as 'categories.student', { ns: 'residency' });
  if (facet.name === 'district') return t(`districts.${facet.value}` as 'districts.bochum', { ns: 'residency' });
  return facet.value;
}
