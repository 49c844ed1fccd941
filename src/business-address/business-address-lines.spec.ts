import { AddressPoolPurpose, District, type AddressPoolInfo } from '../addresses/index.js';
import { businessAddressLines, businessMailboxLabel, servicePointLines } from './business-address-lines.js';

const pool = {
  code: 'business-bochum-hbf',
  purpose: AddressPoolPurpose.businesses,
  district: District.bochum,
  careOf: 'Demo-Partner Servicepunkt Hauptbahnhof',
  street: 'Kurt-Schumacher-Platz 1',
  postcode: '44787',
  city: 'Bochum',
  mailboxPrefix: 'HBF',
} as AddressPoolInfo;

describe('business address lines', () => {
  it('writes the company, c/o the service point, street, mailbox and town per DIN 5008', () => {
    expect(businessAddressLines(pool, 'Boulangerie Durand SAS', 42)).toEqual([
      'Boulangerie Durand SAS',
      'c/o Demo-Partner Servicepunkt Hauptbahnhof',
      'Kurt-Schumacher-Platz 1',
      'Fach HBF-00042',
      '44787 Bochum',
    ]);
    expect(businessMailboxLabel(pool, 7)).toBe('Fach HBF-00007');
    expect(servicePointLines(pool)).toEqual(['Demo-Partner Servicepunkt Hauptbahnhof', 'Kurt-Schumacher-Platz 1', '44787 Bochum']);
  });
});
