import { organizationIdentifier, personPseudonym, personSubject } from './person-subject.js';
import { distinguishedName } from '../x509/certificate-builder.js';

describe('person subject', () => {
  const company = { legalName: 'Boulangerie Durand SAS', countryCode: 'FR', vatId: 'FR 40 303 265 045', registerNumber: '303 265 045' };

  it('derives organizationIdentifier from the VAT id, else from the trade register number (ETSI EN 319 412-1)', () => {
    expect(organizationIdentifier(company)).toBe('VATFR-40303265045');
    expect(organizationIdentifier({ ...company, countryCode: 'GR', vatId: 'EL094259216' })).toBe('VATEL-094259216');
    expect(organizationIdentifier({ ...company, vatId: null })).toBe('NTRFR-303 265 045');
    expect(organizationIdentifier({ ...company, vatId: null, registerNumber: null })).toBeNull();
  });

  it('gives each account a stable pseudonym that does not reveal the account id', () => {
    const accountId = '7d0c2f8e-1f0a-4c39-9d0e-2b4f7c1e9a10';
    expect(personPseudonym(accountId, 'secret-one')).toBe(personPseudonym(accountId, 'secret-one'));
    expect(personPseudonym(accountId, 'secret-one')).not.toBe(personPseudonym('another', 'secret-one'));
    expect(personPseudonym(accountId, 'secret-one')).toMatch(/^BO-[0-9A-F]{20}$/);
    expect(personPseudonym(accountId, 'secret-one')).not.toContain(accountId.slice(0, 8).toUpperCase());
  });

  it('builds the subject from identity and company only', () => {
    const subject = personSubject({ accountId: 'a', givenName: 'Zoë', familyName: 'Müller', company }, 's');
    const dn = distinguishedName(subject);
    expect(dn).toMatch(
      /^CN=Zoë Müller,serialNumber=BO-[0-9A-F]{20},GN=Zoë,SN=Müller,organizationIdentifier=VATFR-40303265045,O=Boulangerie Durand SAS,C=FR$/,
    );
  });
});
