import { DataSource } from 'typeorm';
import { CertificateAuthority } from '../src/pki/authority/certificate-authority.service.js';
import { CertificateIssuer } from '../src/pki/issuance/certificate-issuer.service.js';
import { ALLOWED_KEY_BITS } from '../src/pki/issuance/certificate-request.service.js';
import { checkCsr } from '../src/pki/issuance/csr-check.js';
import { personSubject } from '../src/pki/issuance/person-subject.js';
import { certificateApplicantForTest, makeCsrForTest, makeRsaKeyForTest } from './support/pki.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const ISSUANCES = 1000;

describe('certificate issuance under concurrency', () => {
  let target: TestApp;

  beforeAll(async () => {
    // A thousand transactions queue on a pool of five on purpose: the last ones wait far longer for a connection than a request may.
    target = await createTestApp({ DB_POOL_ACQUIRE_TIMEOUT_MS: '300000' });
  });

  afterAll(async () => {
    await target?.close();
  });

  it(`gives ${ISSUANCES} concurrent issuances ${ISSUANCES} distinct serials, every one recorded`, async () => {
    const applicant = await certificateApplicantForTest(target);
    await target.app.get(CertificateAuthority).authorities();
    const issuer = target.app.get(CertificateIssuer);
    const dataSource = target.app.get(DataSource);
    // CSRs from a few keys; each issuance checks its CSR's signature again, as a request would.
    const csrs = Array.from(
      { length: 4 },
      (_, index) => makeCsrForTest({ privateKeyPem: makeRsaKeyForTest(index % 2 === 0 ? 2048 : 3072) }).csrPem,
    );
    const subject = personSubject(
      {
        accountId: applicant.accountId,
        givenName: 'Erika',
        familyName: 'Mustermann',
        company: { legalName: 'Boulangerie Durand SAS', countryCode: 'FR', vatId: 'FR40303265045', registerNumber: null },
      },
      target.config.pki.keyPassphrase,
    );
    const started = Date.now();
    const issued = await Promise.all(
      Array.from({ length: ISSUANCES }, (_, index) =>
        dataSource.transaction(async (manager) => {
          const csr = checkCsr(csrs[index % csrs.length], ALLOWED_KEY_BITS);
          return issuer.issue(manager, {
            accountId: applicant.accountId,
            companyId: applicant.companyId,
            subject,
            publicKey: csr.publicKey,
            idempotencyKey: `concurrent-${index}`,
            csrFingerprint: csr.fingerprint,
            policyOids: [target.config.pki.policyOids.eid],
          });
        }),
      ),
    );
    const elapsedMs = Date.now() - started;
    expect(new Set(issued.map((row) => row.serialHex)).size).toBe(ISSUANCES);
    const [{ rows, serials }] = await target.sql<{ rows: number; serials: number }>(
      'SELECT count(*)::int AS rows, count(DISTINCT serial_hex)::int AS serials FROM pki_certificates WHERE account_id = $1',
      [applicant.accountId],
    );
    expect({ rows, serials }).toEqual({ rows: ISSUANCES, serials: ISSUANCES });
    expect(issued.every((row) => /^[4-7][0-9a-f]{31}$/.test(row.serialHex))).toBe(true);
    console.log(`${ISSUANCES} concurrent issuances (with database rows) in ${elapsedMs} ms`);
  }, 120_000);

  it('leaves the decision about duplicate serials to a unique constraint', async () => {
    const [existing] = await target.sql<{ serial_hex: string }>('SELECT serial_hex FROM pki_certificates LIMIT 1');
    await expect(
      target.sql(
        `INSERT INTO pki_certificates (serial_hex, kind, subject_dn, pem, not_before, not_after) VALUES ($1, 'person', 'CN=x', 'x', now(), now())`,
        [existing.serial_hex],
      ),
    ).rejects.toThrow(/UQ_pki_certificates_serial/);
  });
});
