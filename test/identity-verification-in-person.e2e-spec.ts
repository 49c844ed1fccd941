import forge from 'node-forge';
import { CertificateAuthority } from '../src/pki/authority/certificate-authority.service.js';
import { accountWithRoles, signedInAccount } from './support/accounts.js';
import { createCompanyForTest, createEstablishmentForTest } from './support/companies.js';
import { graphql } from './support/graphql.js';
import { liveClient } from './support/live-updates.js';
import { verifyIdentityForTest, verifyWithDevEid } from './support/identity-verification.js';
import { makeCsrForTest, requestCertificate } from './support/pki.js';
import { startServer, type RunningServer } from './support/running-server.js';
import { submitTradeRegistrationForTest } from './support/trade-registration.js';

const FIELDS = 'id status bookingCode rejectionReason decidedAt servicePoint { id name kind }';
const STATUS = `query { myIdentityVerification {
  assuranceLevel inPersonIdentificationAvailable
  servicePoints { id name address kind }
  latestInPersonIdentification { ${FIELDS} }
  verifiedIdentity { givenName familyName nationality level method }
  assurancePolicy { companyCreation tradeRegistration signatureCertificate residencyAutoApproval }
  identificationMethods { method level available withoutEuEid reachesEveryService }
} }`;
const BOOK = `mutation($input: BookInPersonIdentificationInput!) { bookInPersonIdentification(input: $input) { ${FIELDS} } }`;
const CANCEL = `mutation($id: ID!) { cancelInPersonIdentification(id: $id) { ${FIELDS} } }`;
const BY_CODE = `query($code: String!) { inPersonIdentificationByCode(bookingCode: $code) { ${FIELDS} } }`;
const CONFIRM = `mutation($input: ConfirmInPersonIdentificationInput!) { confirmInPersonIdentification(input: $input) { ${FIELDS} } }`;
const CHANGED = `subscription { myIdentityVerificationChanged { assuranceLevel latestInPersonIdentification { id status } } }`;
type Changed = {
  myIdentityVerificationChanged: { assuranceLevel: string; latestInPersonIdentification: { id: string; status: string } | null };
};

const SERVICE_POINT = 'sandbox-buergerbuero-mitte';
/** The Indian test identity's passport, as the dev eID provider's `arjun` (eID card for non-EU citizens, level substantial). */
const ARJUN_PASSPORT = {
  givenName: 'Arjun',
  familyName: 'Sharma',
  birthDate: '1990-11-23',
  nationality: 'IND',
  placeOfBirth: 'Mumbai',
  documentNumber: 'Z1234567',
  personPresent: true,
};

describe('identity verification in person: passport chip and face at a service point, confirmed by staff', () => {
  let server: RunningServer;
  let clerk: { token: string; account: Record<string, unknown> };

  beforeAll(async () => {
    server = await startServer();
    clerk = await accountWithRoles(server, ['staff_citizens_office']);
    // The city CA exists before anyone asks for a certificate (made on first use in tests: key generation takes a while).
    await server.app.get(CertificateAuthority, { strict: false }).chainPems();
  }, 180_000);

  afterAll(async () => {
    await server.close();
  });

  const status = async (token: string) => {
    const response = await graphql<any>(server, STATUS, {}, { token });
    expect(response.errors).toBeUndefined();
    return response.data!.myIdentityVerification;
  };
  const book = async (token: string, servicePointId = SERVICE_POINT) => {
    const response = await graphql<any>(server, BOOK, { input: { servicePointId } }, { token });
    expect(response.errors).toBeUndefined();
    return response.data!.bookInPersonIdentification;
  };
  const confirm = (token: string, input: Record<string, unknown>, language?: string) =>
    graphql<any>(server, CONFIRM, { input }, { token, language });

  /**
   * A founder from outside the EU at level substantial (the best the online routes give them): the
   * first through the dev eID's Indian identity `arjun` itself; that eID verifies one account only,
   * so the others get the same person's identity through the same service method.
   */
  let arjunUsed = false;
  const indianFounder = async () => {
    const person = await signedInAccount(server);
    if (!arjunUsed) {
      arjunUsed = true;
      const landing = await verifyWithDevEid(server, person.token, 'arjun');
      expect(landing.searchParams.get('result')).toBe('verified');
    } else {
      await verifyIdentityForTest(server, person.account.id as string, 'substantial', {
        givenName: 'Arjun',
        familyName: 'Sharma',
        birthDate: '1990-11-23',
        nationality: 'IN',
        placeOfBirth: 'Mumbai',
      });
    }
    return person;
  };

  it('tells the founder early which identification reaches every service of the policy', async () => {
    const person = await indianFounder();
    const current = await status(person.token);
    expect(current.assuranceLevel).toBe('substantial');
    expect(current.assurancePolicy).toEqual({
      companyCreation: 'substantial',
      tradeRegistration: 'substantial',
      signatureCertificate: 'high',
      residencyAutoApproval: 'substantial',
    });
    const methods = Object.fromEntries(current.identificationMethods.map((option: any) => [option.method, option]));
    expect(methods.in_person).toEqual({
      method: 'in_person',
      level: 'high',
      available: true,
      withoutEuEid: true,
      reachesEveryService: true,
    });
    expect(methods.video).toMatchObject({ level: 'substantial', withoutEuEid: true, reachesEveryService: false });
    expect(methods.eid).toMatchObject({ level: 'high', withoutEuEid: false, reachesEveryService: true });
    expect(current.inPersonIdentificationAvailable).toBe(true);
    expect(current.servicePoints.map((point: any) => point.id)).toEqual(['sandbox-buergerbuero-mitte', 'sandbox-terminal-rathaus']);
  });

  it('books, staff confirm with the passport, the level becomes high (method in_person), audited; decided once', async () => {
    const person = await indianFounder();
    const booking = await book(person.token);
    expect(booking).toMatchObject({ status: 'booked', servicePoint: { id: SERVICE_POINT, kind: 'service_point' }, decidedAt: null });
    expect(booking.bookingCode).toMatch(/^BO-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    // Booking again while open keeps the same booking.
    expect((await book(person.token, 'sandbox-terminal-rathaus')).id).toBe(booking.id);
    expect((await status(person.token)).latestInPersonIdentification).toMatchObject({ id: booking.id, status: 'booked' });

    const found = await graphql<any>(server, BY_CODE, { code: booking.bookingCode.toLowerCase() }, { token: clerk.token });
    expect(found.errors).toBeUndefined();
    expect(found.data!.inPersonIdentificationByCode).toMatchObject({ id: booking.id, servicePoint: { id: 'sandbox-terminal-rathaus' } });

    // The founder's identity page listens (it waits for the decision); another person's hears nothing of it.
    const sockets = [liveClient(server.baseUrl, person.token), liveClient(server.baseUrl, (await signedInAccount(server)).token)];
    const [mine, others] = sockets.map((socket) => socket.subscribe<Changed>(CHANGED));
    expect((await mine.nth(1)).myIdentityVerificationChanged.latestInPersonIdentification).toEqual({ id: booking.id, status: 'booked' });
    await others.nth(1);

    const confirmed = await confirm(clerk.token, { ...ARJUN_PASSPORT, bookingCode: booking.bookingCode });
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.confirmInPersonIdentification).toMatchObject({ status: 'confirmed', rejectionReason: null });
    // Staff's decision reaches the open page live, with the new level.
    expect((await mine.nth(2)).myIdentityVerificationChanged).toEqual({
      assuranceLevel: 'high',
      latestInPersonIdentification: { id: booking.id, status: 'confirmed' },
    });
    expect(others.received).toHaveLength(1);
    await Promise.all(sockets.map((socket) => socket.dispose()));

    const after = await status(person.token);
    expect(after.assuranceLevel).toBe('high');
    expect(after.verifiedIdentity).toEqual({
      givenName: 'Arjun',
      familyName: 'Sharma',
      nationality: 'IN',
      level: 'high',
      method: 'in_person',
    });
    expect(after.latestInPersonIdentification.status).toBe('confirmed');
    const [audit] = await server.sql(
      "SELECT actor_account_id, details FROM audit_events WHERE action = 'identity_verification.in_person_confirmed' AND subject_id = $1",
      [booking.id],
    );
    expect(audit.actor_account_id).toBe(clerk.account.id);
    expect(audit.details).toMatchObject({
      chipAuthentic: true,
      faceMatched: true,
      personPresent: true,
      servicePointId: 'sandbox-terminal-rathaus',
    });
    const [row] = await server.sql('SELECT decided_by_account_id FROM in_person_identification_sessions WHERE id = $1', [booking.id]);
    expect(row.decided_by_account_id).toBe(clerk.account.id);

    // Decided once: the code no longer finds an open booking; a high level books no more.
    const again = await confirm(clerk.token, { ...ARJUN_PASSPORT, bookingCode: booking.bookingCode });
    expect(again.errors![0].extensions.code).toBe('NOT_FOUND');
    const rebook = await graphql<any>(server, BOOK, { input: { servicePointId: SERVICE_POINT } }, { token: person.token });
    expect(rebook.errors![0].extensions.code).toBe('CONFLICT');
  });

  it('rejects when the terminal finds the chip not genuine or the face not matching, or staff do not confirm; the level stays', async () => {
    for (const [documentNumber, personPresent, reason] of [
      ['FAKE12345', true, 'chip_not_authentic'],
      ['NOMATCH123', true, 'face_not_matched'],
      ['Z7654321', false, 'refused_by_staff'],
    ] as const) {
      const person = await indianFounder();
      const booking = await book(person.token);
      const result = await confirm(clerk.token, { ...ARJUN_PASSPORT, documentNumber, personPresent, bookingCode: booking.bookingCode });
      expect(result.errors).toBeUndefined();
      expect(result.data!.confirmInPersonIdentification).toMatchObject({ status: 'rejected', rejectionReason: reason });
      const after = await status(person.token);
      expect(after.assuranceLevel).toBe('substantial');
      expect(after.verifiedIdentity.method).toBe('eid');
    }
  });

  it('rejects a passport of another person than the identity already verified, and a passport already used by another account', async () => {
    const person = await indianFounder();
    const booking = await book(person.token);
    const other = await confirm(clerk.token, {
      ...ARJUN_PASSPORT,
      givenName: 'Ravi',
      documentNumber: 'K9999999',
      bookingCode: booking.bookingCode,
    });
    expect(other.data!.confirmInPersonIdentification).toMatchObject({ status: 'rejected', rejectionReason: 'identity_mismatch' });

    const first = await signedInAccount(server);
    const second = await signedInAccount(server);
    const passport = { ...ARJUN_PASSPORT, givenName: 'Priya', familyName: 'Patel', birthDate: '1992-02-02', documentNumber: 'P5555555' };
    const firstBooking = await book(first.token);
    expect(
      (await confirm(clerk.token, { ...passport, bookingCode: firstBooking.bookingCode })).data!.confirmInPersonIdentification.status,
    ).toBe('confirmed');
    const secondBooking = await book(second.token);
    const reused = await confirm(clerk.token, { ...passport, bookingCode: secondBooking.bookingCode });
    expect(reused.data!.confirmInPersonIdentification).toMatchObject({ status: 'rejected', rejectionReason: 'identity_in_use' });
    expect((await status(second.token)).assuranceLevel).toBe('low');
  });

  it('IDOR and roles: another person’s booking is NOT_FOUND; non-staff and other staff are refused; nobody confirms themselves', async () => {
    const person = await indianFounder();
    const booking = await book(person.token);
    const stranger = await signedInAccount(server);

    const cancelled = await graphql<any>(server, CANCEL, { id: booking.id }, { token: stranger.token });
    expect(cancelled.errors![0].extensions.code).toBe('NOT_FOUND');
    const unknown = await graphql<any>(server, CANCEL, { id: '00000000-0000-4000-8000-000000000000' }, { token: person.token });
    expect(unknown.errors![0].extensions.code).toBe('NOT_FOUND');

    for (const caller of [stranger, person, await accountWithRoles(server, ['staff_economic_development'])]) {
      const lookup = await graphql<any>(server, BY_CODE, { code: booking.bookingCode }, { token: caller.token });
      expect(lookup.errors![0].extensions.code).toBe('FORBIDDEN');
      expect(lookup.data).toBeNull();
      const attempt = await confirm(caller.token, { ...ARJUN_PASSPORT, bookingCode: booking.bookingCode });
      expect(attempt.errors![0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await status(person.token)).assuranceLevel).toBe('substantial');
    const missing = await graphql<any>(server, BY_CODE, { code: 'BO-XXXX-XXXX' }, { token: clerk.token });
    expect(missing.errors![0].extensions.code).toBe('NOT_FOUND');

    // A clerk's own booking is confirmed by someone else.
    const own = await book(clerk.token);
    const self = await confirm(clerk.token, {
      ...ARJUN_PASSPORT,
      givenName: 'Clara',
      documentNumber: 'C1111111',
      bookingCode: own.bookingCode,
    });
    expect(self.errors![0].extensions.code).toBe('FORBIDDEN');

    const withdrawn = await graphql<any>(server, CANCEL, { id: booking.id }, { token: person.token });
    expect(withdrawn.data!.cancelInPersonIdentification.status).toBe('cancelled');
    const twice = await graphql<any>(server, CANCEL, { id: booking.id }, { token: person.token });
    expect(twice.errors![0].extensions.code).toBe('CONFLICT');
  });

  it('refuses bad input with localized field errors', async () => {
    const person = await signedInAccount(server, undefined, undefined, 'de');
    const unknownPoint = await graphql<any>(
      server,
      BOOK,
      { input: { servicePointId: 'nowhere' } },
      { token: person.token, language: 'de' },
    );
    expect(unknownPoint.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(unknownPoint.errors![0].extensions.details![0]).toMatchObject({
      field: 'servicePointId',
      message: 'Bitte wählen Sie eine der aufgeführten Servicestellen.',
    });

    const booking = await book(person.token);
    const badInput = await confirm(
      clerk.token,
      { ...ARJUN_PASSPORT, nationality: 'XX', birthDate: '2990-01-01', bookingCode: booking.bookingCode },
      'en',
    );
    expect(badInput.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const fields = Object.fromEntries(badInput.errors![0].extensions.details!.map((detail: any) => [detail.field, detail.message]));
    expect(fields.nationality).toMatch(/country code/);
    expect(fields.birthDate).toMatch(/date of birth/);
    const badNumber = await confirm(clerk.token, { ...ARJUN_PASSPORT, documentNumber: '12', bookingCode: booking.bookingCode });
    expect(badNumber.errors![0].extensions.details![0]).toMatchObject({
      field: 'documentNumber',
      message: 'Please enter the passport number (5 to 20 letters and digits).',
    });
    expect((await status(person.token)).latestInPersonIdentification.status).toBe('booked');
  });

  it('the founder identified in person gets the signature certificate, which records the in-person policy OID', async () => {
    const person = await indianFounder();
    const { companyId } = await createCompanyForTest(server, person.token);
    const { establishmentId } = await createEstablishmentForTest(server, person.token, companyId);
    await submitTradeRegistrationForTest(server, person.token, companyId, establishmentId);
    const { csrPem } = makeCsrForTest();
    const refused = await requestCertificate(server, person.token, { companyId, csrPem });
    expect(refused.errors![0].extensions.code).toBe('ASSURANCE_TOO_LOW');

    const booking = await book(person.token);
    expect(
      (await confirm(clerk.token, { ...ARJUN_PASSPORT, documentNumber: 'Z2468135', bookingCode: booking.bookingCode })).errors,
    ).toBeUndefined();
    const issued = await requestCertificate(server, person.token, { companyId, csrPem });
    expect(issued.errors).toBeUndefined();
    const certificate = forge.pki.certificateFromPem(issued.data.requestCertificate.pem);
    const extension = certificate.getExtension('certificatePolicies') as { value: string } | undefined;
    expect(extension).toBeTruthy();
    const policies = forge.asn1.fromDer(extension!.value).value as forge.asn1.Asn1[];
    const oids = policies.map((policy) => forge.asn1.derToOid((policy.value as forge.asn1.Asn1[])[0].value as string));
    expect(oids).toEqual([server.config.pki.policyOids.in_person]);
    expect(server.config.pki.policyOids.in_person).toBe('1.3.6.1.4.1.32473.14.3');
  }, 120_000);
});
