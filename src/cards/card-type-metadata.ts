/**
 * SD-JWT VC type metadata of the citizen card (draft-ietf-oauth-sd-jwt-vc §6): names and claim
 * display for wallets, and which claims are selectively disclosable.
 */
export function citizenCardTypeMetadata(vct: string, cityName: string) {
  const claim = (path: string, de: string, en: string, sd: 'always' | 'never') => ({
    path: [path],
    display: [
      { locale: 'de-DE', label: de },
      { locale: 'en-GB', label: en },
    ],
    sd,
  });
  return {
    vct,
    name: `${cityName} citizen card`,
    description: `The citizen card of ${cityName}'s e-residency: discounts at partner venues.`,
    display: [
      { locale: 'de-DE', name: `Bürgerkarte ${cityName}`, description: 'Ermäßigungen bei Partnern der Stadt' },
      { locale: 'en-GB', name: `${cityName} citizen card`, description: "Discounts at the city's partner venues" },
    ],
    claims: [
      claim('card_number', 'Kartennummer', 'Card number', 'never'),
      claim('categories', 'Kategorien', 'Categories', 'never'),
      claim('district', 'Bezirk', 'District', 'never'),
      claim('name', 'Name', 'Name', 'always'),
      claim('birth_year', 'Geburtsjahr', 'Year of birth', 'always'),
    ],
  };
}
