/** eIDAS levels of assurance as OpenID Connect `acr` values. */
export const EIDAS_LOA = {
  substantial: 'http://eidas.europa.eu/LoA/substantial',
  high: 'http://eidas.europa.eu/LoA/high',
} as const;
