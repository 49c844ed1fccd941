import forge from 'node-forge';
import { CertificateAuthority } from '../src/pki/authority/certificate-authority.service.js';
import { createCompanyForTest } from './support/companies.js';
import { graphql } from './support/graphql.js';
import { certificateApplicantForTest, makeCsrForTest, openssl, requestCertificate, scratchFiles } from './support/pki.js';
import { signedInAccount } from './support/accounts.js';
import { verifyIdentityForTest } from './support/identity-verification.js';
import { startServer, type RunningServer } from './support/running-server.js';

/** The certificate policy OIDs in a PEM certificate, read by node-forge and by openssl; both must agree. */
async function policyOidsOf(pem: string): Promise<string[]> {
  const certificate = forge.pki.certificateFromPem(pem);
  const extension = certificate.getExtension('certificatePolicies') as { value: string; critical: boolean } | undefined;
  if (!extension) return [];
  expect(extension.critical).toBe(false);
  const policies = forge.asn1.fromDer(extension.value).value as forge.asn1.Asn1[];
  const fromForge = policies.map((policy) => forge.asn1.derToOid((policy.value as forge.asn1.Asn1[])[0].value as string));
  const text = (await openssl(['x509', '-in', 'cert.pem', '-noout', '-text'], scratchFiles({ 'cert.pem': pem }))).output;
  const fromOpenssl = [...text.matchAll(/Policy: ([0-9.]+)/g)].map((match) => match[1]);
  expect(text).toContain('X509v3 Certificate Policies');
  expect(fromOpenssl).toEqual(fromForge);
  return fromForge;
}

describe('certificates record how the person was identified; the assurance policy decides who gets one', () => {
  describe('the default policy: an advanced signature certificate needs level high', () => {
    let server: RunningServer;

    beforeAll(async () => {
      server = await startServer();
      // The city CA exists before anyone asks for a certificate (made on first use in tests: key generation takes a while).
      await server.app.get(CertificateAuthority, { strict: false }).chainPems();
    }, 180_000);

    afterAll(async () => {
      await server.close();
    });

    it('writes the policy OID of the identification method into the certificate (eID, in person)', async () => {
      expect(server.config.pki.policyOids).toEqual({
        eid: '1.3.6.1.4.1.32473.14.1',
        video: '1.3.6.1.4.1.32473.14.2',
        in_person: '1.3.6.1.4.1.32473.14.3',
      });
      for (const method of ['eid', 'in_person'] as const) {
        const applicant = await certificateApplicantForTest(server);
        await server.sql('UPDATE verified_identities SET method = $1 WHERE account_id = $2', [method, applicant.accountId]);
        const issued = await requestCertificate(server, applicant.token, {
          companyId: applicant.companyId,
          csrPem: makeCsrForTest().csrPem,
        });
        expect(issued.errors).toBeUndefined();
        expect(await policyOidsOf(issued.data.requestCertificate.pem)).toEqual([server.config.pki.policyOids[method]]);
        const [audit] = await server.sql("SELECT details FROM audit_events WHERE action = 'pki.certificate_issued' AND subject_id = $1", [
          issued.data.requestCertificate.id,
        ]);
        expect(audit.details).toMatchObject({ identificationMethod: method, assuranceLevel: 'high' });
      }
    }, 180_000);

    it('refuses the certificate at level substantial (video identification) with a localized ASSURANCE_TOO_LOW', async () => {
      const applicant = await certificateApplicantForTest(server, { level: 'substantial' });
      const refused = await requestCertificate(server, applicant.token, {
        companyId: applicant.companyId,
        csrPem: makeCsrForTest().csrPem,
      });
      expect(refused.errors![0].extensions.code).toBe('ASSURANCE_TOO_LOW');
      expect(refused.errors![0].message).toContain('in person at a service point');
    });
  });

  describe('a city policy of its own: certificates at substantial, its own OID arc', () => {
    let server: RunningServer;

    beforeAll(async () => {
      server = await startServer({
        ASSURANCE_REQUIRED_COMPANY_CREATION: 'substantial',
        ASSURANCE_REQUIRED_TRADE_REGISTRATION: 'substantial',
        ASSURANCE_REQUIRED_SIGNATURE_CERTIFICATE: 'substantial',
        PKI_POLICY_OID_ARC: '1.3.6.1.4.1.32473.77',
      });
      await server.app.get(CertificateAuthority, { strict: false }).chainPems();
    }, 180_000);

    afterAll(async () => {
      await server.close();
    });

    it('issues to a founder identified by video at level substantial, with the video policy OID under the configured arc', async () => {
      const applicant = await certificateApplicantForTest(server, { level: 'substantial' });
      await server.sql("UPDATE verified_identities SET method = 'video' WHERE account_id = $1", [applicant.accountId]);
      const issued = await requestCertificate(server, applicant.token, { companyId: applicant.companyId, csrPem: makeCsrForTest().csrPem });
      expect(issued.errors).toBeUndefined();
      expect(await policyOidsOf(issued.data.requestCertificate.pem)).toEqual(['1.3.6.1.4.1.32473.77.2']);
      const policy = await graphql<any>(
        server,
        '{ myIdentityVerification { assurancePolicy { signatureCertificate } identificationMethods { method reachesEveryService } } }',
        {},
        { token: applicant.token },
      );
      expect(policy.data!.myIdentityVerification.assurancePolicy.signatureCertificate).toBe('substantial');
      expect(policy.data!.myIdentityVerification.identificationMethods.every((option: any) => option.reachesEveryService)).toBe(true);
    }, 120_000);
  });

  describe('company creation at level high', () => {
    let server: RunningServer;

    beforeAll(async () => {
      server = await startServer({
        ASSURANCE_REQUIRED_COMPANY_CREATION: 'high',
        ASSURANCE_REQUIRED_TRADE_REGISTRATION: 'high',
        ASSURANCE_REQUIRED_SIGNATURE_CERTIFICATE: 'high',
      });
    });

    afterAll(async () => {
      await server.close();
    });

    it('refuses a company to a founder at level substantial and accepts it at level high', async () => {
      const person = await signedInAccount(server);
      await verifyIdentityForTest(server, person.account.id as string, 'substantial');
      await expect(createCompanyForTest(server, person.token)).rejects.toThrow(/ASSURANCE_TOO_LOW/);
      await verifyIdentityForTest(server, person.account.id as string, 'high');
      await expect(createCompanyForTest(server, person.token)).resolves.toEqual({ companyId: expect.any(String) });
    });
  });
});
