import type { TFunction } from 'i18next';

/** A case facet for people: residency categories and districts, trade establishment kinds, WZ codes; never a raw value. */
export function facetLabel(
  t: TFunction<['backoffice', 'residency', 'trade-registration', 'venues']>,
  facet: { name: string; value: string },
): string {
  if (facet.name === 'category') return t(`categories.${facet.value}` as 'categories.student', { ns: 'residency' });
  if (facet.name === 'district') return t(`districts.${facet.value}` as 'districts.bochum', { ns: 'residency' });
  if (facet.name === 'establishmentKind')
    return t(`establishmentKinds.${facet.value}` as 'establishmentKinds.hauptniederlassung', { ns: 'trade-registration' });
  if (facet.name === 'venueKind') return t(`kinds.${facet.value}` as 'kinds.pool', { ns: 'venues' });
  if (facet.name === 'wzCode') return t('queue.wzCode', { code: facet.value });
  return facet.value;
}
