import { X509Certificate } from 'node:crypto';
import request from 'supertest';
import { AuthoritySigner } from '../src/pki/authority/authority-signer.service.js';
import { CertificateStatusService } from '../src/pki/revocation/certificate-status.service.js';
import { CrlService } from '../src/pki/revocation/crl.service.js';
import { accountWithRoles } from './support/accounts.js';
import { createCompanyForTest, createEstablishmentForTest } from './support/companies.js';
import { submitTradeRegistrationForTest } from './support/trade-registration.js';
import { graphql } from './support/graphql.js';
import {
  certificateApplicantForTest,
  COMPANY_CERTIFICATES,
  makeCsrForTest,
  makeEcCsrForTest,
  openssl,
  requestCertificate,
  REVOKE_MY_CERTIFICATE,
  scratchFiles,
  tamperCsrSignature,
  type CertificateApplicant,
} from './support/pki.js';
import { startServer, type RunningServer } from './support/running-server.js';

describe('city CA: issuance, CRL, OCSP, revocation (openssl against the running app)', () => {
  let server: RunningServer;
  let applicant: CertificateApplicant;
  let rootPem: string;
  let issuingPem: string;

  const certificateRows = async (accountId: string) =>
    Number((await server.sql<{ n: number }>('SELECT count(*)::int AS n FROM pki_certificates WHERE account_id = $1', [accountId]))[0].n);

  const binary = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
    const chunks: Buffer[] = [];
    (res as unknown as NodeJS.ReadableStream).on('data', (chunk: Buffer) => chunks.push(chunk));
    (res as unknown as NodeJS.ReadableStream).on('end', () => done(null, Buffer.concat(chunks)));
  };

  const fetchCrl = async () => {
    const response = await request(server.http).get('/pki/crl').buffer(true).parse(binary);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('application/pkix-crl');
    return response.body as Buffer;
  };

  const ocspCheck = async (certificatePem: string) => {
    const dir = scratchFiles({ 'root.pem': rootPem, 'issuing.pem': issuingPem, 'cert.pem': certificatePem });
    return openssl(
      ['ocsp', '-issuer', 'issuing.pem', '-cert', 'cert.pem', '-url', `${server.baseUrl}/pki/ocsp`, '-CAfile', 'root.pem', '-resp_text'],
      dir,
    );
  };

  beforeAll(async () => {
    server = await startServer();
    applicant = await certificateApplicantForTest(server);
    rootPem = (await request(server.http).get('/pki/root.pem')).text;
    issuingPem = (await request(server.http).get('/pki/issuing.pem')).text;
  });

  afterAll(async () => {
    await server?.close();
  });

  it('publishes a root (RSA 4096) and an issuing CA (RSA 3072, pathlen 0) with encrypted keys', async () => {
    const root = new X509Certificate(rootPem);
    const issuing = new X509Certificate(issuingPem);
    expect(root.publicKey.asymmetricKeyDetails?.modulusLength).toBe(4096);
    expect(issuing.publicKey.asymmetricKeyDetails?.modulusLength).toBe(3072);
    expect(issuing.verify(root.publicKey)).toBe(true);
    expect(issuing.issuer).toBe(root.subject);
    const dir = scratchFiles({ 'issuing.pem': issuingPem });
    const text = (await openssl(['x509', '-in', 'issuing.pem', '-noout', '-text'], dir)).output;
    expect(text).toMatch(/CA:TRUE, pathlen:0/);
    expect(text).toContain(`URI:${server.baseUrl}/pki/root.crl`);
    const keys = await server.sql<{ role: string; encrypted_private_key: string }>(
      'SELECT role, encrypted_private_key FROM pki_authority_keys ORDER BY role',
    );
    expect(keys.map((key) => key.role).sort()).toEqual(['issuing', 'office_economic_development', 'root']);
    for (const key of keys) expect(key.encrypted_private_key).toContain('BEGIN ENCRYPTED PRIVATE KEY');
    const der = await request(server.http).get('/pki/issuing.cer').buffer(true).parse(binary);
    expect(der.headers['content-type']).toContain('application/pkix-cert');
    expect(new X509Certificate(der.body as Buffer).serialNumber).toBe(issuing.serialNumber);
    const rootCrl = await request(server.http).get('/pki/root.crl').buffer(true).parse(binary);
    const rootCrlCheck = await openssl(
      ['crl', '-inform', 'DER', '-in', 'root.crl', '-CAfile', 'root.pem', '-noout'],
      scratchFiles({ 'root.crl': rootCrl.body as Buffer, 'root.pem': rootPem }),
    );
    expect(rootCrlCheck.output).toContain('verify OK');
  });

  it('issues from a browser-made CSR a certificate openssl verifies, subject from the verified identity and the company', async () => {
    const csr = makeCsrForTest({ bits: 2048, commonName: 'Someone Else' });
    const response = await requestCertificate(server, applicant.token, { companyId: applicant.companyId, csrPem: csr.csrPem });
    expect(response.errors).toBeUndefined();
    const certificate = response.data!.requestCertificate;
    expect(certificate).toMatchObject({ status: 'active', companyId: applicant.companyId, revokedAt: null });
    expect(certificate.serialNumber).toMatch(/^[0-9a-f]{32}$/);

    const dir = scratchFiles({ 'root.pem': rootPem, 'issuing.pem': issuingPem, 'cert.pem': certificate.pem });
    const verified = await openssl(['verify', '-CAfile', 'root.pem', '-untrusted', 'issuing.pem', 'cert.pem'], dir);
    expect(verified.output).toContain('cert.pem: OK');
    const text = (await openssl(['x509', '-in', 'cert.pem', '-noout', '-text', '-nameopt', 'RFC2253,-esc_msb'], dir)).output;
    expect(text).toContain('CN=Erika Mustermann');
    expect(text).toContain('O=Boulangerie Durand SAS');
    expect(text).toContain('C=FR');
    expect(text).toContain('VATFR-40303265045');
    expect(text).toMatch(/serialNumber=BO-[0-9A-F]{20}/);
    expect(text).not.toContain('Someone Else');
    expect(text).toMatch(/X509v3 Key Usage: critical\s*\n\s*Digital Signature, Non Repudiation/);
    expect(text).toContain('E-mail Protection');
    expect(text).toContain(`URI:${server.baseUrl}/pki/crl`);
    expect(text).toContain(`OCSP - URI:${server.baseUrl}/pki/ocsp`);
    expect(text).toContain(`CA Issuers - URI:${server.baseUrl}/pki/issuing.cer`);
    const x509 = new X509Certificate(certificate.pem);
    expect(x509.publicKey.export({ type: 'spki', format: 'pem' })).toBe(
      (await import('node:crypto')).createPublicKey(csr.privateKeyPem).export({ type: 'spki', format: 'pem' }),
    );

    const listed = await graphql<any>(server, COMPANY_CERTIFICATES, { companyId: applicant.companyId }, { token: applicant.token });
    expect(listed.data!.companyCertificates.map((row: { id: string }) => row.id)).toContain(certificate.id);

    const status = await server.app.get(CertificateStatusService).statusOf(certificate.serialNumber.toUpperCase());
    expect(status).toMatchObject({
      status: 'good',
      certificate: { id: certificate.id, accountId: applicant.accountId, companyId: applicant.companyId },
    });
  });

  it('serves a CRL openssl verifies and an OCSP responder openssl accepts; a revocation shows in both at once', async () => {
    const person = await certificateApplicantForTest(server, { identity: { givenName: 'Jörg', familyName: 'Weiß' } });
    const issued = (
      await requestCertificate(server, person.token, { companyId: person.companyId, csrPem: makeCsrForTest({ bits: 3072 }).csrPem })
    ).data!.requestCertificate;

    const crlBefore = await fetchCrl();
    const crlDir = scratchFiles({ 'crl.der': crlBefore, 'chain.pem': issuingPem + rootPem });
    const crlCheck = await openssl(['crl', '-inform', 'DER', '-in', 'crl.der', '-CAfile', 'chain.pem', '-noout'], crlDir);
    expect(crlCheck.output).toContain('verify OK');

    const crlPem = (der: Buffer) =>
      `-----BEGIN X509 CRL-----\n${der
        .toString('base64')
        .match(/.{1,64}/g)!
        .join('\n')}\n-----END X509 CRL-----\n`;
    const rootCrl = (await request(server.http).get('/pki/root.crl').buffer(true).parse(binary)).body as Buffer;
    const verifyWithCrls = async (crl: Buffer) =>
      openssl(
        [
          'verify',
          '-crl_check_all',
          '-CAfile',
          'root.pem',
          '-untrusted',
          'issuing.pem',
          '-CRLfile',
          'issuing.crl',
          '-CRLfile',
          'root.crl',
          'cert.pem',
        ],
        scratchFiles({
          'root.pem': rootPem,
          'issuing.pem': issuingPem,
          'cert.pem': issued.pem,
          'issuing.crl': crlPem(crl),
          'root.crl': crlPem(rootCrl),
        }),
      );
    expect((await verifyWithCrls(crlBefore)).output).toContain('cert.pem: OK');

    const good = await ocspCheck(issued.pem);
    expect(good.output).toContain('Response verify OK');
    expect(good.output).toContain('cert.pem: good');
    expect(good.output).toMatch(/OCSP Nonce/);

    const revoked = await graphql<any>(
      server,
      REVOKE_MY_CERTIFICATE,
      { input: { certificateId: issued.id, reason: 'key_compromise' } },
      { token: person.token },
    );
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data!.revokeMyCertificate).toMatchObject({ status: 'revoked', revocationReason: 'key_compromise' });

    const afterRevocation = await ocspCheck(issued.pem);
    expect(afterRevocation.output).toContain('Response verify OK');
    expect(afterRevocation.output).toContain('cert.pem: revoked');
    expect(afterRevocation.output).toContain('keyCompromise');

    const crlAfter = await fetchCrl();
    const afterDir = scratchFiles({ 'crl.der': crlAfter, 'chain.pem': issuingPem + rootPem });
    const crlText = await openssl(['crl', '-inform', 'DER', '-in', 'crl.der', '-CAfile', 'chain.pem', '-noout', '-text'], afterDir);
    expect(crlText.output).toContain('verify OK');
    expect(crlText.output).toContain(issued.serialNumber.toUpperCase());
    expect(crlText.output).toContain('Key Compromise');
    expect(crlText.output).toMatch(/Next Update:/);
    expect((await verifyWithCrls(crlAfter)).output).toMatch(/certificate revoked/);

    const again = await graphql<any>(
      server,
      REVOKE_MY_CERTIFICATE,
      { input: { certificateId: issued.id, reason: 'superseded' } },
      { token: person.token },
    );
    expect(again.errors![0].extensions.code).toBe('CONFLICT');
    const status = await server.app.get(CertificateStatusService).statusOf(issued.serialNumber);
    expect(status).toMatchObject({ status: 'revoked', reason: 'key_compromise' });
  });

  it('answers unknown for a serial it never issued, and malformedRequest for garbage', async () => {
    const status = await server.app.get(CertificateStatusService).statusOf('0badc0ffee');
    expect(status.status).toBe('unknown');
    const garbage = await request(server.http)
      .post('/pki/ocsp')
      .set('content-type', 'application/ocsp-request')
      .send(Buffer.from('not der'))
      .buffer(true)
      .parse(binary);
    expect(garbage.status).toBe(200);
    expect(garbage.headers['content-type']).toContain('application/ocsp-response');
    expect(Buffer.from(garbage.body as Buffer)).toEqual(Buffer.from([0x30, 0x03, 0x0a, 0x01, 0x01]));
  });

  it('answers OCSP requests sent by GET (RFC 6960 A.1) too', async () => {
    // The office's certificate is issued by the same issuing CA and answered like any other.
    const { certificatePem } = await server.app.get(AuthoritySigner).signDetached('economic_development', Buffer.from('x'));
    const dir = scratchFiles({ 'issuing.pem': issuingPem, 'cert.pem': certificatePem, 'root.pem': rootPem });
    expect((await openssl(['ocsp', '-issuer', 'issuing.pem', '-cert', 'cert.pem', '-no_nonce', '-reqout', 'req.der'], dir)).code).toBe(0);
    const encoded = encodeURIComponent((await import('node:fs')).readFileSync(`${dir}/req.der`).toString('base64'));
    const response = await request(server.http).get(`/pki/ocsp/${encoded}`).buffer(true).parse(binary);
    expect(response.headers['content-type']).toContain('application/ocsp-response');
    (await import('node:fs')).writeFileSync(`${dir}/resp.der`, response.body as Buffer);
    const checked = await openssl(
      ['ocsp', '-respin', 'resp.der', '-issuer', 'issuing.pem', '-cert', 'cert.pem', '-CAfile', 'root.pem', '-no_nonce'],
      dir,
    );
    expect(checked.output).toContain('Response verify OK');
    expect(checked.output).toContain('cert.pem: good');
  });

  it('refreshes the CRL on schedule once half its validity has passed, with a higher CRL number', async () => {
    const crlNumber = async () =>
      (await openssl(['crl', '-inform', 'DER', '-in', 'crl.der', '-noout', '-crlnumber'], scratchFiles({ 'crl.der': await fetchCrl() })))
        .output;
    const before = await crlNumber();
    const crls = server.app.get(CrlService);
    await crls.refreshDue();
    crls.invalidate();
    expect(await crlNumber()).toBe(before);
    await server.sql(
      `UPDATE pki_crls SET this_update = this_update - interval '13 hours', next_update = next_update - interval '13 hours' WHERE issuer = 'issuing'`,
    );
    await crls.refreshDue();
    crls.invalidate();
    const after = await crlNumber();
    expect(Number.parseInt(after.split('=')[1], 16)).toBe(Number.parseInt(before.split('=')[1], 16) + 1);
  });

  it('refuses bad CSRs, low assurance and a missing trade registration, localized, writing no row', async () => {
    const before = await certificateRows(applicant.accountId);
    const german = await certificateApplicantForTest(server, { language: 'de' });
    const { csrPem } = makeCsrForTest({ bits: 2048 });
    const cases: [string, string, string][] = [
      [tamperCsrSignature(csrPem), 'CSR_BAD_SIGNATURE', 'proof of possession'],
      [await makeEcCsrForTest(), 'CSR_UNSUPPORTED_KEY', 'Only RSA keys'],
      [makeCsrForTest({ bits: 1024 }).csrPem, 'CSR_KEY_SIZE', '1024 bits'],
      ['-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----', 'CSR_MALFORMED', 'could not be read'],
    ];
    for (const [pem, reason, english] of cases) {
      const en = await requestCertificate(server, applicant.token, { companyId: applicant.companyId, csrPem: pem }, 'en');
      expect(en.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
      expect(en.errors![0].message).toContain(english);
      expect(en.errors![0].extensions.details![0]).toMatchObject({ field: 'csrPem' });
      const de = await requestCertificate(server, german.token, { companyId: german.companyId, csrPem: pem }, 'de');
      expect(de.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
      expect(de.errors![0].message).not.toBe(en.errors![0].message);
      expect(de.errors![0].message).toMatch(/Zertifikatsantrag|Schlüssel/);
    }
    expect(await certificateRows(applicant.accountId)).toBe(before);
    expect(await certificateRows(german.accountId)).toBe(0);

    for (const language of ['de', 'en']) {
      const substantial = await certificateApplicantForTest(server, { level: 'substantial', language });
      const low = await requestCertificate(server, substantial.token, { companyId: substantial.companyId, csrPem }, language);
      expect(low.errors![0].extensions.code).toBe('ASSURANCE_TOO_LOW');
      expect(low.errors![0].message).toContain(language === 'de' ? '„hoch“' : 'level “high”');
      expect(await certificateRows(substantial.accountId)).toBe(0);

      const unregistered = await certificateApplicantForTest(server, { tradeRegistration: false, language });
      const noRegistration = await requestCertificate(server, unregistered.token, { companyId: unregistered.companyId, csrPem }, language);
      expect(noRegistration.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TRADE_REGISTRATION_REQUIRED' });
      expect(noRegistration.errors![0].message).toContain(language === 'de' ? 'Gewerbeanmeldung' : 'trade registration');
      expect(await certificateRows(unregistered.accountId)).toBe(0);
    }
  });

  it('is idempotent per request key: same key and CSR → same certificate; another CSR with that key → CONFLICT', async () => {
    const person = await certificateApplicantForTest(server);
    const { csrPem } = makeCsrForTest({ bits: 2048 });
    const idempotencyKey = 'certificate-request-0001';
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => requestCertificate(server, person.token, { companyId: person.companyId, csrPem, idempotencyKey })),
    );
    const ids = new Set(responses.map((response) => response.data?.requestCertificate.id));
    expect(ids.size).toBe(1);
    expect(await certificateRows(person.accountId)).toBe(1);
    const conflict = await requestCertificate(server, person.token, {
      companyId: person.companyId,
      csrPem: makeCsrForTest({ bits: 2048 }).csrPem,
      idempotencyKey,
    });
    expect(conflict.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await certificateRows(person.accountId)).toBe(1);

    // One key sent at once for two other companies of the same person: one certificate, one conflict.
    const companyIds: string[] = [];
    for (const legalName of ['Durand Export SARL', 'Durand Import SARL']) {
      const { companyId } = await createCompanyForTest(server, person.token, { legalName });
      const { establishmentId } = await createEstablishmentForTest(server, person.token, companyId);
      await submitTradeRegistrationForTest(server, person.token, companyId, establishmentId);
      companyIds.push(companyId);
    }
    const raceKey = 'certificate-request-race';
    const raced = await Promise.all(
      companyIds.map((companyId) =>
        requestCertificate(server, person.token, { companyId, csrPem: makeCsrForTest().csrPem, idempotencyKey: raceKey }),
      ),
    );
    const outcomes = raced
      .map((response) => (response.errors ? `${response.errors[0].extensions.code}:${response.errors[0].extensions.reason}` : 'issued'))
      .sort();
    expect(outcomes).toEqual(['CONFLICT:IDEMPOTENCY_KEY_REUSED', 'issued']);
    expect(await certificateRows(person.accountId)).toBe(2);
  });

  it('renews only in the renewal window, superseding the previous certificate', async () => {
    const person = await certificateApplicantForTest(server);
    const first = (await requestCertificate(server, person.token, { companyId: person.companyId, csrPem: makeCsrForTest().csrPem })).data!
      .requestCertificate;
    const early = await requestCertificate(server, person.token, { companyId: person.companyId, csrPem: makeCsrForTest().csrPem }, 'en');
    expect(early.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ACTIVE_CERTIFICATE_EXISTS' });
    // The date the reader's way (British English), not an ISO date.
    expect(early.errors![0].message).toMatch(
      /renew it from \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\.$/,
    );
    // As if the first certificate had only ten days left (inside the 60-day window).
    await server.sql(`UPDATE pki_certificates SET not_after = now() + interval '10 days' WHERE id = $1`, [first.id]);
    const renewed = await requestCertificate(server, person.token, { companyId: person.companyId, csrPem: makeCsrForTest().csrPem });
    expect(renewed.errors).toBeUndefined();
    const list = (await graphql<any>(server, COMPANY_CERTIFICATES, { companyId: person.companyId }, { token: person.token })).data!
      .companyCertificates;
    expect(list[0]).toMatchObject({ id: renewed.data!.requestCertificate.id, status: 'active' });
    expect(list[1]).toMatchObject({ id: first.id, status: 'revoked', revocationReason: 'superseded' });
    const crlText = await openssl(
      ['crl', '-inform', 'DER', '-in', 'crl.der', '-noout', '-text'],
      scratchFiles({ 'crl.der': await fetchCrl() }),
    );
    expect(crlText.output).toContain(first.serialNumber.toUpperCase());
  });

  it('keeps companies apart: another representative can neither request, list, revoke nor download', async () => {
    const owner = await certificateApplicantForTest(server);
    const issued = (await requestCertificate(server, owner.token, { companyId: owner.companyId, csrPem: makeCsrForTest().csrPem })).data!
      .requestCertificate;
    const intruder = await certificateApplicantForTest(server);

    const asIntruder = await requestCertificate(server, intruder.token, { companyId: owner.companyId, csrPem: makeCsrForTest().csrPem });
    expect(asIntruder.errors![0].extensions.code).toBe('NOT_FOUND');
    const listed = await graphql<any>(server, COMPANY_CERTIFICATES, { companyId: owner.companyId }, { token: intruder.token });
    expect(listed.errors![0].extensions.code).toBe('NOT_FOUND');
    const revoke = await graphql<any>(
      server,
      REVOKE_MY_CERTIFICATE,
      { input: { certificateId: issued.id, reason: 'key_compromise' } },
      { token: intruder.token },
    );
    expect(revoke.errors![0].extensions.code).toBe('NOT_FOUND');
    const download = await request(server.http)
      .get(`/api/pki/certificates/${issued.id}/certificate.pem`)
      .set('authorization', `Bearer ${intruder.token}`);
    expect(download.status).toBe(404);
    const staffOnly = await graphql<any>(server, '{ certificates { nodes { id } } }', {}, { token: intruder.token });
    expect(staffOnly.errors![0].extensions.code).toBe('FORBIDDEN');

    const own = await request(server.http)
      .get(`/api/pki/certificates/${issued.id}/certificate.pem`)
      .set('authorization', `Bearer ${owner.token}`);
    expect(own.status).toBe(200);
    expect(own.text).toBe(issued.pem);
    expect(
      (await graphql<any>(server, COMPANY_CERTIFICATES, { companyId: owner.companyId }, { token: owner.token })).data!
        .companyCertificates[0].status,
    ).toBe('active');
  });

  it('lets staff list and revoke with a reason and a note (audited), and the journey step reflects the certificate', async () => {
    const person = await certificateApplicantForTest(server);
    const journeyQuery = `query($companyId: ID!) { companyJourney(companyId: $companyId) { steps { step status link documents { labelKey url } } } }`;
    const stepOf = async () =>
      (await graphql<any>(server, journeyQuery, { companyId: person.companyId }, { token: person.token })).data!.companyJourney.steps.find(
        (step: { step: string }) => step.step === 'signature_certificate',
      );
    expect(await stepOf()).toMatchObject({ status: 'not_started', link: `/company/${person.companyId}/certificate` });
    const issued = (await requestCertificate(server, person.token, { companyId: person.companyId, csrPem: makeCsrForTest().csrPem })).data!
      .requestCertificate;
    expect(await stepOf()).toMatchObject({
      status: 'done',
      documents: [{ labelKey: 'pki:server.documents.certificate', url: `/api/pki/certificates/${issued.id}/certificate.pem` }],
    });

    const staff = await accountWithRoles(server, ['staff_economic_development']);
    const list = await graphql<any>(
      server,
      'query($filter: CertificateFilterInput) { certificates(page: { first: 5 }, filter: $filter) { nodes { id serialNumber status companyId } pageInfo { hasNextPage } } }',
      { filter: { companyId: person.companyId } },
      { token: staff.token },
    );
    expect(list.data!.certificates.nodes).toEqual([expect.objectContaining({ id: issued.id, status: 'active' })]);
    const revoked = await graphql<any>(
      server,
      'mutation($input: StaffRevokeCertificateInput!) { staffRevokeCertificate(input: $input) { id status revocationReason } }',
      { input: { certificateId: issued.id, reason: 'affiliation_changed', note: 'Company deregistered its trade.' } },
      { token: staff.token },
    );
    expect(revoked.data!.staffRevokeCertificate).toMatchObject({ status: 'revoked', revocationReason: 'affiliation_changed' });
    const audit = await server.sql<{ details: { note: string } }>(
      `SELECT details FROM audit_events WHERE action = 'pki.certificate_revoked_by_staff' AND subject_id = $1`,
      [issued.id],
    );
    expect(audit[0].details.note).toBe('Company deregistered its trade.');
    const mail = (await server.mailbox.list(person.email)).find((message) => message.template === 'pki.certificate_revoked_by_office');
    expect(mail?.subject).toBe('Your signature certificate has been revoked');
    expect(mail?.text).toContain('Company deregistered its trade.');
    expect(mail?.text).toContain(issued.serialNumber);
    expect(await stepOf()).toMatchObject({ status: 'not_started' });
    const ocsp = await ocspCheck(issued.pem);
    expect(ocsp.output).toContain('cert.pem: revoked');
    expect(ocsp.output).toContain('affiliationChanged');
  });

  it('signs for the economic development office: detached CMS that openssl verifies against the city chain', async () => {
    const content = Buffer.from('Sehr geehrte Frau Durand, Ihre Gewerbeanmeldung ist eingegangen.');
    const { signatureDer, certificatePem } = await server.app.get(AuthoritySigner).signDetached('economic_development', content);
    expect(new X509Certificate(certificatePem).subject).toContain('Amt für Wirtschaftsförderung');
    const dir = scratchFiles({ 'content.txt': content, 'sig.der': signatureDer, 'chain.pem': issuingPem + rootPem });
    const verified = await openssl(
      [
        'cms',
        '-verify',
        '-binary',
        '-inform',
        'DER',
        '-in',
        'sig.der',
        '-content',
        'content.txt',
        '-CAfile',
        'chain.pem',
        '-purpose',
        'any',
        '-out',
        '/dev/null',
      ],
      dir,
    );
    expect(verified.output).toContain('Verification successful');
    const tampered = scratchFiles({
      'content.txt': Buffer.concat([content, Buffer.from('!')]),
      'sig.der': signatureDer,
      'chain.pem': issuingPem + rootPem,
    });
    const refused = await openssl(
      [
        'cms',
        '-verify',
        '-binary',
        '-inform',
        'DER',
        '-in',
        'sig.der',
        '-content',
        'content.txt',
        '-CAfile',
        'chain.pem',
        '-purpose',
        'any',
        '-out',
        '/dev/null',
      ],
      tampered,
    );
    expect(refused.output).not.toContain('Verification successful');
    const status = await server.app.get(CertificateStatusService).statusOf(new X509Certificate(certificatePem).serialNumber);
    expect(status.status).toBe('good');
  });
});
