import { createHmac } from 'node:crypto';
import { NameOid, printableAttribute, utf8Attribute, type NameAttribute } from '../x509/certificate-builder.js';
import { fullName } from '../../../packages/shared/src/person-name.js';

export interface SubjectFacts {
  accountId: string;
  givenName: string;
  familyName: string;
  company: { legalName: string; countryCode: string; vatId: string | null; registerNumber: string | null };
}

/**
 * A stable pseudonymous person id for the subject's serialNumber (ETSI EN 319 412-1 leaves the
 * semantics to the CA here): the same account always gets the same id, nobody can derive the account.
 */
export function personPseudonym(accountId: string, secret: string): string {
  const digest = createHmac('sha256', secret).update(`pki-person:${accountId}`).digest('hex').slice(0, 20).toUpperCase();
  return `BO-${digest}`;
}

/** ETSI EN 319 412-1 §5.1.4: `VATxx-…` from the VAT id, else `NTRxx-…` from the trade register number. */
export function organizationIdentifier(company: SubjectFacts['company']): string | null {
  const country = company.countryCode.toUpperCase();
  const vat = company.vatId?.replace(/[\s.-]/g, '').toUpperCase();
  if (vat) {
    const prefix = /^[A-Z]{2}/.test(vat) ? vat.slice(0, 2) : country;
    const number = /^[A-Z]{2}/.test(vat) ? vat.slice(2) : vat;
    return `VAT${prefix === 'GR' ? 'EL' : prefix}-${number}`;
  }
  const register = company.registerNumber?.replace(/\s+/g, ' ').trim();
  return register ? `NTR${country}-${register}` : null;
}

const clip = (value: string, max: number) => (value.length > max ? value.slice(0, max) : value);

/**
 * The subject the CA writes, from the verified identity and the company; the CSR's subject is ignored.
 * Lengths follow RFC 5280's upper bounds.
 */
export function personSubject(facts: SubjectFacts, pseudonymSecret: string): NameAttribute[] {
  const organizationId = organizationIdentifier(facts.company);
  return [
    printableAttribute(NameOid.country, facts.company.countryCode.toUpperCase()),
    utf8Attribute(NameOid.organization, clip(facts.company.legalName, 64)),
    ...(organizationId ? [utf8Attribute(NameOid.organizationIdentifier, clip(organizationId, 64))] : []),
    utf8Attribute(NameOid.surname, clip(facts.familyName, 64)),
    utf8Attribute(NameOid.givenName, clip(facts.givenName, 64)),
    printableAttribute(NameOid.serialNumber, personPseudonym(facts.accountId, pseudonymSecret)),
    utf8Attribute(NameOid.commonName, clip(fullName(facts), 64)),
  ];
}
