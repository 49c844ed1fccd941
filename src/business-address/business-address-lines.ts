import { din5008Lines, mailboxLabel, type AddressPoolInfo } from '../addresses/index.js';

/** The postal address of a partner service point itself (without a mailbox). */
export function servicePointLines(pool: AddressPoolInfo): string[] {
  return [pool.careOf, pool.street, `${pool.postcode} ${pool.city}`];
}

/** A company's business address at a service point, per DIN 5008. */
export function businessAddressLines(pool: AddressPoolInfo, holderName: string, mailboxNumber: number): string[] {
  return din5008Lines({
    recipient: holderName,
    careOf: pool.careOf,
    street: pool.street,
    mailboxPrefix: pool.mailboxPrefix,
    mailboxNumber,
    postcode: pool.postcode,
    city: pool.city,
  });
}

export function businessMailboxLabel(pool: AddressPoolInfo, mailboxNumber: number): string {
  return mailboxLabel(pool.mailboxPrefix, mailboxNumber);
}
