import { AddressPoolPurpose, District, type AddressPoolDefinition } from '../addresses/index.js';

/**
 * Business addresses for companies at partner service points. These are DEMO partners (fictitious
 * agreements at plausible Bochum locations), seeded outside production only
 * (`BUSINESS_DEMO_SERVICE_POINTS`); real partners are added as pools of purpose `businesses`.
 */
export const DEMO_BUSINESS_SERVICE_POINTS: AddressPoolDefinition[] = [
  {
    code: 'business-bochum-hbf',
    purpose: AddressPoolPurpose.businesses,
    district: District.bochum,
    careOf: 'Demo-Partner Servicepunkt Hauptbahnhof',
    street: 'Kurt-Schumacher-Platz 1',
    postcode: '44787',
    city: 'Bochum',
    mailboxPrefix: 'HBF',
  },
  {
    code: 'business-bochum-mark51',
    purpose: AddressPoolPurpose.businesses,
    district: District.bochum,
    careOf: 'Demo-Partner Servicepunkt MARK 51°7',
    street: 'Suttner-Nobel-Allee 4',
    postcode: '44803',
    city: 'Bochum',
    mailboxPrefix: 'MRK',
  },
  {
    code: 'business-wattenscheid',
    purpose: AddressPoolPurpose.businesses,
    district: District.wattenscheid,
    careOf: 'Demo-Partner Servicepunkt Wattenscheid',
    street: 'Hochstraße 20',
    postcode: '44866',
    city: 'Bochum',
    mailboxPrefix: 'WATB',
  },
];
