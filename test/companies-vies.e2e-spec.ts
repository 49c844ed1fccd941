import { randomUUID } from 'node:crypto';
import { STRONG_PASSWORD, accountWithRoles, signedInAccount, uniqueEmail } from './support/accounts.js';
import { TEST_COMPANY, createCompanyForTest } from './support/companies.js';
import { graphql } from './support/graphql.js';
import { startServer, type RunningServer } from './support/running-server.js';

const VAT_CHECK =
  'vatCheck { vatId status registeredName registeredAddress requestIdentifier checkedAt attempts lastError nextAttemptAt recheckInSeconds }';
const CREATE = `mutation($input: CreateCompanyInput!) { createCompany(input: $input) { id vatId ${VAT_CHECK} } }`;
const UPDATE = `mutation($input: UpdateCompanyInput!) { updateCompany(input: $input) { id vatId ${VAT_CHECK} } }`;
const COMPANY = `query($id: ID!) { company(id: $id) { id ${VAT_CHECK} } }`;
const RECHECK =
  'mutation($companyId: ID!) { recheckCompanyVat(companyId: $companyId) { vatId status registeredName requestIdentifier lastError attempts } }';

const GERMAN = {
  legalName: 'Ruhr Sandbox GmbH',
  legalForm: 'GmbH',
  countryCode: 'DE',
  registerName: 'Amtsgericht Essen',
  registerNumber: 'HRB 12345',
  headOffice: { street: 'Huestraße 1', postcode: '45127', city: 'Essen', countryCode: 'DE' },
  website: null,
  mainActivity: 'Software development',
};

/**
 * The VIES check against the application's own VIES sandbox, reached over real HTTP on the same
 * code path as the EU's service (no VIES_URL configured): valid, invalid, a prefix that does not
 * match the country of registration, and an unavailable member state with the retry by job and by
 * "check again".
 */
describe('companies: VAT ids checked with VIES (sandbox over HTTP)', () => {
  let server: RunningServer;
  let founder: Awaited<ReturnType<typeof signedInAccount>>;
  let other: Awaited<ReturnType<typeof signedInAccount>>;
  let gruender: Awaited<ReturnType<typeof signedInAccount>>;
  let staff: Awaited<ReturnType<typeof accountWithRoles>>;
  let frenchCompany: string;

  beforeAll(async () => {
    server = await startServer({ VIES_RETRY_DELAY_SECONDS: '3600', VIES_RETRY_ATTEMPTS: '2' });
    founder = await signedInAccount(server);
    other = await signedInAccount(server);
    staff = await accountWithRoles(server, ['staff_economic_development']);
    ({ companyId: frenchCompany } = await createCompanyForTest(server, founder.token));
    await createCompanyForTest(server, other.token, { vatId: null });
    gruender = await signedInAccount(server, uniqueEmail('gruender'), STRONG_PASSWORD, 'de');
    await createCompanyForTest(server, gruender.token, { vatId: null });
  });

  afterAll(async () => {
    await server?.close();
  });

  it('is configured for the local sandbox, which answers in the shape of the VIES REST API', async () => {
    expect(server.config.companies.vies.baseUrl).toBe(`${server.baseUrl}/dev/vies-sandbox/rest-api`);
    const response = await fetch(`${server.baseUrl}/dev/vies-sandbox/rest-api/check-vat-number`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ countryCode: 'FR', vatNumber: '40303265045' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      countryCode: 'FR',
      vatNumber: '40303265045',
      valid: true,
      name: 'BOULANGERIE DURAND SAS',
    });
    const unavailable = await fetch(`${server.baseUrl}/dev/vies-sandbox/rest-api/check-vat-number`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ countryCode: 'DE', vatNumber: '333333339' }),
    });
    expect(await unavailable.json()).toEqual({
      actionSucceed: false,
      errorWrappers: [expect.objectContaining({ error: 'MS_UNAVAILABLE' })],
    });
    const malformed = await fetch(`${server.baseUrl}/dev/vies-sandbox/rest-api/check-vat-number`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ countryCode: 'GR', vatNumber: '094259216' }),
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ errorWrappers: [{ error: 'INVALID_INPUT' }] });
  });

  it('stores a valid answer with the registered name, address and consultation number, for the founder and staff', async () => {
    const mine = await graphql<any>(server, COMPANY, { id: frenchCompany }, { token: founder.token });
    expect(mine.errors).toBeUndefined();
    expect(mine.data.company.vatCheck).toMatchObject({
      vatId: 'FR40303265045',
      status: 'valid',
      registeredName: 'BOULANGERIE DURAND SAS',
      registeredAddress: '12 RUE DE LA REPUBLIQUE\n69002 LYON',
      requestIdentifier: expect.stringMatching(/^WAPISBX[0-9A-F]{12}$/),
      attempts: 1,
      lastError: null,
      nextAttemptAt: null,
    });
    expect(Date.now() - new Date(mine.data.company.vatCheck.checkedAt).getTime()).toBeLessThan(60_000);
    const rows = await server.sql('SELECT status, request_identifier FROM company_vat_checks WHERE company_id = $1', [frenchCompany]);
    expect(rows).toEqual([{ status: 'valid', request_identifier: mine.data.company.vatCheck.requestIdentifier }]);

    const seenByStaff = await graphql<any>(server, COMPANY, { id: frenchCompany }, { token: staff.token });
    expect(seenByStaff.data.company.vatCheck).toEqual(mine.data.company.vatCheck);
  });

  it('keeps what a member state does not share empty (Germany) and asks with EL for Greece', async () => {
    const german = await graphql<any>(server, CREATE, { input: { ...GERMAN, vatId: 'DE 111 111 117' } }, { token: founder.token });
    expect(german.errors).toBeUndefined();
    expect(german.data.createCompany.vatCheck).toMatchObject({
      vatId: 'DE111111117',
      status: 'valid',
      registeredName: null,
      registeredAddress: null,
    });

    const greek = await graphql<any>(
      server,
      CREATE,
      {
        input: {
          ...GERMAN,
          legalName: 'Athens Trading IKE',
          legalForm: 'IKE',
          countryCode: 'GR',
          vatId: 'EL094259216',
          headOffice: { ...GERMAN.headOffice, countryCode: 'GR' },
        },
      },
      { token: founder.token },
    );
    expect(greek.data?.createCompany.vatCheck).toMatchObject({
      vatId: 'EL094259216',
      status: 'valid',
      registeredName: 'SANDBOX TRADER EL094259216',
    });

    const northernIrish = await graphql<any>(
      server,
      CREATE,
      { input: { ...GERMAN, legalName: 'Belfast Goods Ltd', legalForm: 'Ltd', countryCode: 'GB', vatId: 'XI980780684' } },
      { token: founder.token },
    );
    expect(northernIrish.data?.createCompany.vatCheck).toMatchObject({ vatId: 'XI980780684', status: 'valid' });

    const british = await graphql<any>(
      server,
      CREATE,
      { input: { ...GERMAN, legalName: 'London Goods Ltd', legalForm: 'Ltd', countryCode: 'GB', vatId: 'GB980780684' } },
      { token: founder.token },
    );
    expect(british.data?.createCompany).toEqual(expect.objectContaining({ vatId: 'GB980780684', vatCheck: null }));
  });

  it('refuses a VAT id that VIES does not know, with a localized field error, and stores nothing', async () => {
    const [{ n: before }] = await server.sql<{ n: number }>('SELECT count(*)::int AS n FROM companies');
    for (const [person, text] of [
      [founder, /VIES service does not know this VAT id/],
      [gruender, /VIES-Dienst der EU kennt diese USt-IdNr\. nicht/],
    ] as const) {
      const refused = await graphql<any>(server, CREATE, { input: { ...GERMAN, vatId: 'DE222222220' } }, { token: person.token });
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: [{ field: 'vatId', constraint: 'vies', message: expect.stringMatching(text) }],
      });
    }
    const [{ n: after }] = await server.sql<{ n: number }>('SELECT count(*)::int AS n FROM companies');
    expect(after).toBe(before);

    const update = await graphql<any>(
      server,
      UPDATE,
      { input: { ...TEST_COMPANY, companyId: frenchCompany, countryCode: 'DE', vatId: 'DE222222220' } },
      { token: founder.token },
    );
    expect(update.errors?.[0].extensions.details).toEqual([expect.objectContaining({ field: 'vatId', constraint: 'vies' })]);
  });

  it('refuses a VAT prefix that does not match the country of registration (the Turkish company with a French VAT id)', async () => {
    const turkish = await graphql<any>(
      server,
      CREATE,
      {
        input: {
          ...TEST_COMPANY,
          legalName: 'Anadolu Tekstil Ltd. Şti.',
          legalForm: 'Ltd. Şti.',
          countryCode: 'TR',
          headOffice: { ...TEST_COMPANY.headOffice, countryCode: 'TR' },
        },
      },
      { token: gruender.token },
    );
    expect(turkish.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: [{ field: 'vatId', constraint: 'countryPrefix', message: expect.stringContaining('FR ist das USt-Länderkürzel') }],
    });
    const german = await graphql<any>(server, CREATE, { input: { ...GERMAN, vatId: 'FR40303265045' } }, { token: founder.token });
    expect(german.errors?.[0].extensions.details).toEqual([
      expect.objectContaining({ field: 'vatId', constraint: 'countryPrefix', message: expect.stringContaining('must start with DE') }),
    ]);
    const greek = await graphql<any>(
      server,
      CREATE,
      { input: { ...GERMAN, countryCode: 'GR', vatId: 'GR094259216' } },
      { token: founder.token },
    );
    expect(greek.errors?.[0].extensions.details).toEqual([
      expect.objectContaining({ constraint: 'countryPrefix', message: expect.stringContaining('EL') }),
    ]);
  });

  it('checks home tax ids outside the EU by country, and says which one a country gives', async () => {
    const indian = {
      ...TEST_COMPANY,
      legalName: 'Bengaluru Software Pvt Ltd',
      legalForm: 'Pvt Ltd',
      countryCode: 'IN',
      headOffice: { ...TEST_COMPANY.headOffice, countryCode: 'IN' },
    };
    const wrong = await graphql<any>(server, CREATE, { input: { ...indian, vatId: 'AAACB1234' } }, { token: founder.token });
    expect(wrong.errors?.[0].extensions.details).toEqual([
      expect.objectContaining({ field: 'vatId', constraint: 'format', message: expect.stringContaining('27AAACB1234C1Z5') }),
    ]);
    const right = await graphql<any>(server, CREATE, { input: { ...indian, vatId: '27AAACB1234C1Z5' } }, { token: founder.token });
    expect(right.data?.createCompany).toEqual(expect.objectContaining({ vatId: '27AAACB1234C1Z5', vatCheck: null }));

    const formats = await graphql<any>(
      server,
      '{ in: companyTaxIdFormat(countryCode: "IN") { kind example checkedWithVies } gr: companyTaxIdFormat(countryCode: "GR") { kind example checkedWithVies } br: companyTaxIdFormat(countryCode: "BR") { kind } }',
      {},
      { token: founder.token },
    );
    expect(formats.data).toEqual({
      in: { kind: 'in_pan_gstin', example: 'AAACB1234C / 27AAACB1234C1Z5', checkedWithVies: false },
      gr: { kind: 'eu_vat', example: 'EL…', checkedWithVies: true },
      br: { kind: 'generic' },
    });
  });

  it('saves the company with the check pending when VIES is unavailable, and the retry job completes it', async () => {
    const created = await graphql<any>(server, CREATE, { input: { ...GERMAN, vatId: 'DE444444443' } }, { token: founder.token });
    expect(created.errors).toBeUndefined();
    const companyId = created.data.createCompany.id;
    expect(created.data.createCompany.vatCheck).toMatchObject({
      vatId: 'DE444444443',
      status: 'pending',
      lastError: 'MS_UNAVAILABLE',
      attempts: 1,
      registeredName: null,
      requestIdentifier: null,
    });
    const nextAttempt = new Date(created.data.createCompany.vatCheck.nextAttemptAt).getTime();
    expect(nextAttempt - Date.now()).toBeGreaterThan(3500_000);

    // Time passes: the planned attempt is due.
    await server.sql('UPDATE company_vat_checks SET next_attempt_at = now() WHERE company_id = $1', [companyId]);
    const jobs = await server.sql<{ id: string }>(
      "UPDATE pgboss.job SET start_after = now() WHERE name = 'companies.vat-recheck' AND data->>'companyId' = $1 AND state = 'created' RETURNING id",
      [companyId],
    );
    expect(jobs).toHaveLength(1);
    const deadline = Date.now() + 30_000;
    let check: any;
    do {
      await new Promise((resolve) => setTimeout(resolve, 250));
      check = (await graphql<any>(server, COMPANY, { id: companyId }, { token: founder.token })).data?.company.vatCheck;
    } while (check?.status === 'pending' && Date.now() < deadline);
    expect(check).toMatchObject({
      status: 'valid',
      attempts: 2,
      lastError: null,
      nextAttemptAt: null,
      requestIdentifier: expect.any(String),
    });
  });

  it('"check again" asks VIES once the waiting time is over, and then is no longer needed', async () => {
    const created = await graphql<any>(server, CREATE, { input: { ...GERMAN, vatId: 'DE444444443' } }, { token: founder.token });
    const companyId = created.data.createCompany.id;
    expect(created.data.createCompany.vatCheck).toMatchObject({ status: 'pending', recheckInSeconds: expect.any(Number) });
    expect(created.data.createCompany.vatCheck.recheckInSeconds).toBeGreaterThan(0);

    const tooSoon = await graphql<any>(server, RECHECK, { companyId }, { token: founder.token });
    expect(tooSoon.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'VAT_CHECK_TOO_SOON' });
    expect(tooSoon.errors?.[0].message).toMatch(/^Please wait \d+ seconds before asking VIES again\.$/);
    // German for a German-speaking staff member of economic development.
    const kollegin = await accountWithRoles(server, ['staff_economic_development'], 'de');
    const zuFrueh = await graphql<any>(server, RECHECK, { companyId }, { token: kollegin.token });
    expect(zuFrueh.errors?.[0].message).toMatch(/^Bitte warten Sie \d+ Sekunden/);

    await server.sql("UPDATE company_vat_checks SET last_attempt_at = now() - interval '2 minutes' WHERE company_id = $1", [companyId]);
    const again = await graphql<any>(server, RECHECK, { companyId }, { token: founder.token });
    expect(again.errors).toBeUndefined();
    expect(again.data.recheckCompanyVat).toMatchObject({ vatId: 'DE444444443', status: 'valid', lastError: null, attempts: 2 });

    const done = await graphql<any>(server, RECHECK, { companyId }, { token: founder.token });
    expect(done.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'VAT_CHECK_DONE' });
    // The job planned after the first attempt runs, finds nothing pending and changes nothing.
    const [job] = await server.sql<{ id: string }>(
      "UPDATE pgboss.job SET start_after = now() WHERE name = 'companies.vat-recheck' AND data->>'companyId' = $1 AND state = 'created' RETURNING id",
      [companyId],
    );
    expect(job).toBeDefined();
    const deadline = Date.now() + 30_000;
    let state = 'created';
    while (state !== 'completed' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      [{ state }] = await server.sql<{ state: string }>('SELECT state FROM pgboss.job WHERE id = $1', [job.id]);
    }
    expect(state).toBe('completed');
    const [row] = await server.sql('SELECT status, attempts FROM company_vat_checks WHERE company_id = $1', [companyId]);
    expect(row).toEqual({ status: 'valid', attempts: 2 });
  });

  it('a member state that stays unavailable leaves the check pending, the company usable, and staff may check again', async () => {
    const created = await graphql<any>(server, CREATE, { input: { ...GERMAN, vatId: 'DE333333339' } }, { token: founder.token });
    const companyId = created.data.createCompany.id;
    expect(created.data.createCompany.vatCheck).toMatchObject({ status: 'pending', lastError: 'MS_UNAVAILABLE' });
    await server.sql("UPDATE company_vat_checks SET last_attempt_at = now() - interval '2 minutes' WHERE company_id = $1", [companyId]);
    const byStaff = await graphql<any>(server, RECHECK, { companyId }, { token: staff.token });
    expect(byStaff.data?.recheckCompanyVat).toMatchObject({ status: 'pending', lastError: 'MS_UNAVAILABLE', attempts: 2 });
    const [{ next }] = await server.sql<{ next: Date | null }>(
      'SELECT next_attempt_at AS next FROM company_vat_checks WHERE company_id = $1',
      [companyId],
    );
    expect(next).not.toBeNull();

    // Changing the VAT id to one VIES confirms replaces the pending check.
    const changed = await graphql<any>(server, UPDATE, { input: { ...GERMAN, companyId, vatId: 'DE111111117' } }, { token: founder.token });
    expect(changed.data?.updateCompany.vatCheck).toMatchObject({ vatId: 'DE111111117', status: 'valid', attempts: 1 });
    const removed = await graphql<any>(server, UPDATE, { input: { ...GERMAN, companyId, vatId: null } }, { token: founder.token });
    expect(removed.data?.updateCompany).toEqual(expect.objectContaining({ vatId: null, vatCheck: null }));
    const none = await graphql<any>(server, RECHECK, { companyId }, { token: founder.token });
    expect(none.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NO_VAT_CHECK' });
  });

  it('another company’s representative gets NOT_FOUND for "check again", exactly as for an unknown id', async () => {
    const foreign = await graphql<any>(server, RECHECK, { companyId: frenchCompany }, { token: other.token });
    const unknown = await graphql<any>(server, RECHECK, { companyId: randomUUID() }, { token: other.token });
    const malformed = await graphql<any>(server, RECHECK, { companyId: 'not-a-uuid' }, { token: other.token });
    for (const answer of [foreign, unknown, malformed]) {
      expect(answer.data).toBeNull();
      expect(answer.errors?.[0].extensions.code).toBe('NOT_FOUND');
    }
    expect(foreign.errors?.[0].message).toBe(unknown.errors?.[0].message);
    const anonymous = await graphql<any>(server, RECHECK, { companyId: frenchCompany });
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const [row] = await server.sql('SELECT attempts FROM company_vat_checks WHERE company_id = $1', [frenchCompany]);
    expect(row).toEqual({ attempts: 1 });
  });
});
