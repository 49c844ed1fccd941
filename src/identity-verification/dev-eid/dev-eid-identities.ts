import { EIDAS_LOA } from '../eidas.js';

export interface DevEidIdentity {
  key: string;
  /** What the tester sees on the picker. */
  label: string;
  /** The eID service refuses this one (e.g. a blocked card): the login ends with `access_denied`. */
  refused?: true;
  claims: {
    given_name: string;
    family_name: string;
    birthdate: string;
    nationality: string;
    place_of_birth: string;
  };
  acr: string;
}

/** The test identities of the development eID provider (a BundID / eIDAS node stand-in). */
export const DEV_EID_IDENTITIES: readonly DevEidIdentity[] = [
  {
    key: 'erika',
    label: 'German ID card (Personalausweis), level high',
    claims: { given_name: 'Erika', family_name: 'Mustermann', birthdate: '1964-08-12', nationality: 'DE', place_of_birth: 'Berlin' },
    acr: EIDAS_LOA.high,
  },
  {
    key: 'camille',
    label: 'French entrepreneur, eIDAS node (France), level high',
    claims: { given_name: 'Camille', family_name: 'Dubois', birthdate: '1985-03-04', nationality: 'FR', place_of_birth: 'Lyon' },
    acr: EIDAS_LOA.high,
  },
  {
    key: 'arjun',
    label: 'Indian entrepreneur, eID card for non-EU citizens, level substantial',
    claims: { given_name: 'Arjun', family_name: 'Sharma', birthdate: '1990-11-23', nationality: 'IN', place_of_birth: 'Mumbai' },
    acr: EIDAS_LOA.substantial,
  },
  {
    key: 'blocked',
    label: 'Blocked ID card (the eID service refuses)',
    refused: true,
    claims: { given_name: 'Bernd', family_name: 'Gesperrt', birthdate: '1970-01-01', nationality: 'DE', place_of_birth: 'Bochum' },
    acr: EIDAS_LOA.high,
  },
];

export function devEidIdentity(key: string): DevEidIdentity | undefined {
  return DEV_EID_IDENTITIES.find((identity) => identity.key === key);
}
