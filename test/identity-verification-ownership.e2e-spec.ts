import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AssuranceLevel } from '../src/common/auth/assurance-level.js';
import { DomainException } from '../src/common/errors/domain.exception.js';
import { Translator } from '../src/common/i18n/translator.js';
import { CardPdfService } from '../src/cards/card-pdf.service.js';
import type { CitizenCard } from '../src/cards/entities/citizen-card.entity.js';
import { IdentityVerificationMethod } from '../src/identity-verification/identity-verification-method.js';
import { VerifiedIdentities, type ConfirmedIdentity } from '../src/identity-verification/verified-identities.service.js';
import { accountWithRoles, signedInAccount } from './support/accounts.js';
import { grantResidency } from './support/cards.js';
import { graphql } from './support/graphql.js';
import { pdfText } from './support/pdf-text.js';
import { verifyIdentityForTest, verifyWithDevEid } from './support/identity-verification.js';
import {
  APPLICATION_INPUTS,
  createApplication,
  decide,
  findCase,
  SAMPLE_PDF,
  submitApplication,
  uploadEvidence,
} from './support/residency.js';
import { startServer, type RunningServer } from './support/running-server.js';

const CARD_FIELDS = 'id holderName holderNameVerified status';
const REQUEST_CARD = `mutation($input: RequestCitizenCardInput!) { requestCitizenCard(input: $input) { id status } }`;
const MY_CARDS = `query { myCitizenCards { ${CARD_FIELDS} } }`;

describe('verified identity: the name on cards and residencies, one eID identity per account', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ FEE_CITIZEN_CARD_CENTS: '0', JOBS_WORKERS: '0' });
  });

  afterAll(async () => {
    await server.close();
  });

  const identities = () => server.app.get(VerifiedIdentities, { strict: false });
  const dataSource = () => server.app.get(DataSource, { strict: false });
  const myCard = async (token: string) => {
    const requested = await graphql<any>(server, REQUEST_CARD, { input: { idempotencyKey: randomUUID() } }, { token });
    expect(requested.errors).toBeUndefined();
    return (await graphql<any>(server, MY_CARDS, {}, { token })).data.myCitizenCards[0];
  };
  const findingsOf = async (applicationId: string) => {
    const [opened] = await server.sql<{ findings: string[] }>(
      "SELECT e.details->'findings' AS findings FROM backoffice_case_events e JOIN backoffice_cases c ON c.id = e.case_id WHERE c.subject_id = $1 AND e.type = 'opened'",
      [applicationId],
    );
    return opened?.findings;
  };
  const refreshed = async (person: { refreshCookie: string }) =>
    (await graphql<any>(server, 'mutation { refreshSession { accessToken } }', {}, { refreshCookie: person.refreshCookie })).data
      .refreshSession.accessToken as string;

  it('the reported case: verified by eID as Erika Mustermann, applying as “Max Power” – the residency, address and card carry the verified name', async () => {
    const person = await signedInAccount(server);
    expect((await verifyWithDevEid(server, person.token, 'erika')).search).toBe('?result=verified');
    const token = await refreshed(person);
    const id = (await createApplication(server, token, { ...APPLICATION_INPUTS.student, givenName: 'Max', familyName: 'Power' })).data
      .createResidencyApplication.id;
    expect((await uploadEvidence(server, token, id, SAMPLE_PDF)).status).toBe(201);
    const submitted = await submitApplication(server, token, id);
    expect(submitted.data.submitResidencyApplication).toMatchObject({ status: 'approved', decidedAutomatically: true });

    const [residency] = await server.sql<{ holder_given_name: string; holder_family_name: string }>(
      'SELECT holder_given_name, holder_family_name FROM residencies WHERE account_id = $1',
      [person.account.id],
    );
    expect(residency).toEqual({ holder_given_name: 'Erika', holder_family_name: 'Mustermann' });
    const address = await graphql<any>(server, '{ myVirtualAddress { lines } }', {}, { token });
    expect(address.data.myVirtualAddress.lines[0]).toBe('Erika Mustermann');
    expect(await myCard(token)).toMatchObject({ holderName: 'Erika Mustermann', holderNameVerified: true, status: 'active' });
  });

  it('never approves a typed name by the rules: without a verified identity the application goes to staff, and the card says “name not verified”', async () => {
    const person = await signedInAccount(server);
    // The level alone (e.g. set by an administrator) is not a verified identity.
    await server.sql("UPDATE accounts SET assurance_level = 'substantial' WHERE id = $1", [person.account.id]);
    const token = await refreshed(person);
    const id = (await createApplication(server, token, { ...APPLICATION_INPUTS.student, givenName: 'Max', familyName: 'Power' })).data
      .createResidencyApplication.id;
    await uploadEvidence(server, token, id, SAMPLE_PDF);
    expect((await submitApplication(server, token, id)).data.submitResidencyApplication).toMatchObject({
      status: 'submitted',
      decidedAutomatically: false,
    });

    const staff = await accountWithRoles(server, ['staff_citizens_office']);
    const caseId = await findCase(server, staff.token, id);
    expect(await findingsOf(id)).toEqual(['identity_not_verified']);
    await graphql(server, 'mutation($id: ID!) { claimBackofficeCase(id: $id) { id } }', { id: caseId }, { token: staff.token });
    expect((await decide(server, staff.token, { caseId, outcome: 'approve' })).errors).toBeUndefined();

    const card = await myCard(await refreshed(person));
    expect(card).toMatchObject({ holderName: 'Max Power', holderNameVerified: false });

    // The printed card carries the localized marking; a card with a verified name does not.
    const pdf = server.app.get(CardPdfService, { strict: false });
    const translator = server.app.get(Translator, { strict: false });
    const row = {
      id: card.id,
      number: '123456789012',
      holderName: 'Max Power',
      holderNameVerified: false,
      categories: ['student'],
      district: 'bochum',
      validUntil: new Date(),
    } as CitizenCard;
    const text = async (holderNameVerified: boolean, language: string) =>
      pdfText(await pdf.render({ ...row, holderNameVerified }, 'eyJ.x.y', language));
    for (const language of ['en', 'de']) {
      const marking = translator.t(language, 'cards:pdf.nameNotVerified');
      expect(marking).not.toBe('cards:pdf.nameNotVerified');
      expect(await text(false, language)).toContain(marking);
      expect(await text(true, language)).not.toContain(marking);
    }
  });

  it('takes the name from an identity verified after the residency was granted', async () => {
    const person = await signedInAccount(server);
    await grantResidency(server, person.account.id as string);
    await verifyIdentityForTest(server, person.account.id as string, 'high', { givenName: 'Jörg', familyName: 'Weiß' });
    expect(await myCard(await refreshed(person))).toMatchObject({ holderName: 'Jörg Weiß', holderNameVerified: true });
  });

  it('lets one eID identity verify only one account: a second account gets a localized conflict, nothing changes', async () => {
    const first = await signedInAccount(server);
    expect((await verifyWithDevEid(server, first.token, 'camille')).search).toBe('?result=verified');
    const second = await signedInAccount(server);
    const landing = await verifyWithDevEid(server, second.token, 'camille', '/residency/apply');
    expect(landing.pathname).toBe('/identity');
    expect(landing.searchParams.get('result')).toBe('identity_in_use');
    expect(landing.searchParams.get('returnTo')).toBe('/residency/apply');
    const [account] = await server.sql<{ assurance_level: string }>('SELECT assurance_level FROM accounts WHERE id = $1', [
      second.account.id,
    ]);
    expect(account.assurance_level).toBe('low');
    expect(await server.sql('SELECT 1 FROM verified_identities WHERE account_id = $1', [second.account.id])).toHaveLength(0);
    const failures = await server.sql<{ details: { outcome: string } }>(
      "SELECT details FROM audit_events WHERE action = 'identity_verification.eid_failed' AND subject_id = $1",
      [second.account.id],
    );
    expect(failures.map((row) => row.details.outcome)).toEqual(['identity_in_use']);
    const status = await graphql<any>(server, '{ myIdentityVerification { verifiedIdentity { givenName } } }', {}, { token: second.token });
    expect(status.data.myIdentityVerification.verifiedIdentity).toBeNull();
  });

  it('decides with the unique constraint when two accounts record the same eID identity at once, with a CONFLICT in the caller’s language', async () => {
    const [a, b] = await Promise.all([signedInAccount(server), signedInAccount(server)]);
    const confirmed: ConfirmedIdentity = {
      givenName: 'Arjun',
      familyName: 'Sharma',
      birthDate: '1990-11-23',
      nationality: 'IN',
      placeOfBirth: null,
      level: AssuranceLevel.substantial,
      method: IdentityVerificationMethod.eid,
      source: 'https://eid.example',
      sourceSubject: 'pseudonym-42',
    };
    const results = await Promise.allSettled(
      [a, b].map((person) => dataSource().transaction((manager) => identities().record(manager, person.account.id as string, confirmed))),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const [rejected] = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
    expect(rejected.reason).toBeInstanceOf(DomainException);
    expect(rejected.reason).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'identityVerification.identity_in_use',
      options: { reason: 'IDENTITY_IN_USE' },
    });
    const translator = server.app.get(Translator, { strict: false });
    expect(translator.t('de', 'errors:identityVerification.identity_in_use')).toMatch(/bereits für ein anderes Konto/);
    expect(translator.t('en', 'errors:identityVerification.identity_in_use')).toMatch(/already been verified for another account/);
    expect(await server.sql("SELECT account_id FROM verified_identities WHERE source = 'https://eid.example'")).toHaveLength(1);
    await expect(
      server.sql(
        "INSERT INTO verified_identities (account_id, given_name, family_name, birth_date, nationality, level, method, source, source_subject, verified_at) SELECT id, 'X', 'Y', '1990-01-01', 'DE', 'high', 'eid', 'https://eid.example', 'pseudonym-42', now() FROM accounts WHERE id NOT IN (SELECT account_id FROM verified_identities) LIMIT 1",
      ),
    ).rejects.toThrow(/UQ_verified_identities_source_subject/);
  });

  it('sends a verified person who already is a resident through another account to staff', async () => {
    const [first, second] = await Promise.all([signedInAccount(server), signedInAccount(server)]);
    const person = { givenName: 'Aylin', familyName: 'Yilmaz', birthDate: '1991-05-05', method: 'video' as const };
    await verifyIdentityForTest(server, first.account.id as string, 'substantial', person);
    await verifyIdentityForTest(server, second.account.id as string, 'substantial', { ...person, givenName: ' aylin ' });
    await grantResidency(server, first.account.id as string);
    const token = await refreshed(second);
    const id = (await createApplication(server, token, APPLICATION_INPUTS.student)).data.createResidencyApplication.id;
    await uploadEvidence(server, token, id, SAMPLE_PDF);
    expect((await submitApplication(server, token, id)).data.submitResidencyApplication.status).toBe('submitted');
    expect(await findingsOf(id)).toEqual(['resident_through_other_account']);
  });

  it('keeps the PDF endpoint working for a card with an unverified name', async () => {
    const person = await signedInAccount(server);
    await grantResidency(server, person.account.id as string);
    const token = await refreshed(person);
    const card = await myCard(token);
    expect(card.holderNameVerified).toBe(false);
    const pdf = await request(server.http)
      .get(`/api/cards/${card.id}/card.pdf`)
      .set('authorization', `Bearer ${token}`)
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    expect(pdf.status).toBe(200);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
