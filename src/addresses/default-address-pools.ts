import { AddressPoolPurpose } from './address-pool-purpose.js';
import { District } from './district.js';

export interface AddressPoolDefinition {
  code: string;
  purpose: AddressPoolPurpose;
  district: District;
  careOf: string;
  street: string;
  postcode: string;
  city: string;
  mailboxPrefix: string;
}

/**
 * The Bochum profile: the virtual residents' office receives mail at the citizens' offices
 * (Bürgerbüros) in the town halls of Bochum-Mitte and Wattenscheid.
 */
export const DEFAULT_ADDRESS_POOLS: AddressPoolDefinition[] = [
  {
    code: 'residents-bochum-mitte',
    purpose: AddressPoolPurpose.residents,
    district: District.bochum,
    careOf: 'Stadt Bochum, Bürgerbüro Mitte',
    street: 'Willy-Brandt-Platz 2–6',
    postcode: '44777',
    city: 'Bochum',
    mailboxPrefix: 'BO',
  },
  {
    code: 'residents-wattenscheid',
    purpose: AddressPoolPurpose.residents,
    district: District.wattenscheid,
    careOf: 'Stadt Bochum, Bürgerbüro Wattenscheid',
    street: 'Freiheitstraße 1',
    postcode: '44866',
    city: 'Bochum',
    mailboxPrefix: 'WAT',
  },
];

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
