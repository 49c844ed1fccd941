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
