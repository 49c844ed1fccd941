import { accountWithRoles, signedInAccount } from './support/accounts.js';
import { bankEvent, postBankWebhook } from './support/banking.js';
import { countedStatements } from './support/statements.js';
import { graphql } from './support/graphql.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const BANK_FIELDS = 'id code name bic bankCode apiBaseUrl webhookPath sandbox active';
const LIST = `{ administeredPartnerBanks { ${BANK_FIELDS} } }`;
const CREATE = `mutation($input: CreatePartnerBankInput!) { createPartnerBank(input: $input) { webhookSecret bank { ${BANK_FIELDS} } } }`;
const UPDATE = `mutation($input: UpdatePartnerBankInput!) { updatePartnerBank(input: $input) { ${BANK_FIELDS} } }`;
const ROTATE = `mutation($id: ID!) { rotatePartnerBankSecret(id: $id) { webhookSecret bank { id } } }`;

const DETAILS = { name: 'Volksbank Bochum Witten', bic: 'genodem1bow', bankCode: '43060129', apiBaseUrl: 'https://api.example-bank.de/v1' };
const bank = (code: string) => ({ code, ...DETAILS });

describe('banking: administrators keep the partner banks', () => {
  let app: TestApp;
  let admin: Awaited<ReturnType<typeof accountWithRoles>>;

  beforeAll(async () => {
    app = await createTestApp({ JOBS_WORKERS: '0' });
    admin = await accountWithRoles(app, ['admin']);
  });

  afterAll(async () => {
    await app.close();
  });

  it('creates a bank whose webhook secret is shown once, kept sealed, verifies webhooks, and rotates', async () => {
    const created = await graphql<any>(app, CREATE, { input: bank('volksbank-bochum') }, { token: admin.token });
    expect(created.errors).toBeUndefined();
    const { webhookSecret, bank: entered } = created.data.createPartnerBank;
    expect(entered).toMatchObject({
      code: 'volksbank-bochum',
      bic: 'GENODEM1BOW',
      sandbox: false,
      active: true,
      webhookPath: '/api/banking/webhooks/volksbank-bochum',
    });
    expect(webhookSecret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const [stored] = await app.sql<{ webhook_secret_sealed: string }>('SELECT webhook_secret_sealed FROM partner_banks WHERE id = $1', [
      entered.id,
    ]);
    expect(stored.webhook_secret_sealed).not.toContain(webhookSecret.slice(6));
    // Nowhere else: not in the list, not in the audit trail.
    expect(JSON.stringify((await graphql<any>(app, LIST, {}, { token: admin.token })).data)).not.toContain(webhookSecret);
    const audit = await app.sql<{ action: string; details: unknown }>(`SELECT action, details FROM audit_events WHERE subject_id = $1`, [
      entered.id,
    ]);
    expect(audit.map((row) => row.action)).toEqual(['banking.partner_bank_created']);
    expect(JSON.stringify(audit)).not.toContain(webhookSecret);

    const event = bankEvent('BA-UNKNOWN', 'application.received', 1);
    expect((await postBankWebhook(app, 'volksbank-bochum', event, { secret: webhookSecret })).status).not.toBe(401);
    expect((await postBankWebhook(app, 'volksbank-bochum', event, { secret: 'whsec_wrong' })).status).toBe(401);

    const rotated = await graphql<any>(app, ROTATE, { id: entered.id }, { token: admin.token });
    const fresh = rotated.data.rotatePartnerBankSecret.webhookSecret;
    expect(fresh).not.toBe(webhookSecret);
    expect(
      (await postBankWebhook(app, 'volksbank-bochum', bankEvent('BA-UNKNOWN', 'application.received', 2), { secret: webhookSecret }))
        .status,
    ).toBe(401);
    expect(
      (await postBankWebhook(app, 'volksbank-bochum', bankEvent('BA-UNKNOWN', 'application.received', 3), { secret: fresh })).status,
    ).not.toBe(401);
    expect(
      (await app.sql(`SELECT 1 FROM audit_events WHERE subject_id = $1 AND action = 'banking.partner_bank_secret_rotated'`, [entered.id]))
        .length,
    ).toBe(1);
  });

  it('edits and deactivates a bank; inactive banks are not offered to companies', async () => {
    const created = await graphql<any>(app, CREATE, { input: bank('edit-me-bank') }, { token: admin.token });
    const id = created.data.createPartnerBank.bank.id;
    const updated = await graphql<any>(
      app,
      UPDATE,
      {
        input: {
          id,
          name: 'Sparkasse Test',
          bic: 'WELADED1BOC',
          bankCode: '43050001',
          apiBaseUrl: 'https://other.example/api',
          active: false,
        },
      },
      { token: admin.token },
    );
    expect(updated.data.updatePartnerBank).toMatchObject({ name: 'Sparkasse Test', active: false, bankCode: '43050001' });
    const founder = await signedInAccount(app);
    const offered = await graphql<any>(app, '{ partnerBanks { id } }', {}, { token: founder.token });
    expect(offered.data.partnerBanks.map((row: { id: string }) => row.id)).not.toContain(id);
    expect(
      (await app.sql(`SELECT 1 FROM audit_events WHERE subject_id = $1 AND action = 'banking.partner_bank_updated'`, [id])).length,
    ).toBe(1);
  });

  it('refuses bad input with field errors, a taken code, and sandbox secret rotation', async () => {
    const bad = await graphql<any>(
      app,
      CREATE,
      { input: { code: 'Bad Code', name: ' ', bic: 'XX', bankCode: '123', apiBaseUrl: 'http://insecure.example' } },
      { token: admin.token },
    );
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const fields = bad.errors![0].extensions.details!.map((detail) => detail.field).sort();
    expect(fields).toEqual(['apiBaseUrl', 'bankCode', 'bic', 'code', 'name']);
    expect(bad.errors![0].extensions.details!.find((detail) => detail.field === 'bankCode')!.message).toBe(
      'The bank code (Bankleitzahl) has exactly 8 digits.',
    );

    await graphql<any>(app, CREATE, { input: bank('twice-bank') }, { token: admin.token });
    const taken = await graphql<any>(app, CREATE, { input: bank('twice-bank') }, { token: admin.token });
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'BANK_CODE_TAKEN' });
    expect((await app.sql(`SELECT 1 FROM partner_banks WHERE code = 'twice-bank'`)).length).toBe(1);

    const [sandbox] = await app.sql<{ id: string }>('SELECT id FROM partner_banks WHERE sandbox LIMIT 1');
    const rotate = await graphql<any>(app, ROTATE, { id: sandbox.id }, { token: admin.token });
    expect(rotate.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'SANDBOX_SECRET_FIXED' });
  });

  it('refuses everyone but administrators; unknown ids are NOT_FOUND', async () => {
    const [any] = await app.sql<{ id: string }>('SELECT id FROM partner_banks LIMIT 1');
    for (const roles of [['staff_economic_development'], ['staff_citizens_office'], []]) {
      const other = roles.length ? await accountWithRoles(app, roles) : await signedInAccount(app);
      for (const [query, variables] of [
        [LIST, {}],
        [CREATE, { input: bank('not-allowed') }],
        [UPDATE, { input: { id: any.id, ...DETAILS, active: false } }],
        [ROTATE, { id: any.id }],
      ] as const) {
        const response = await graphql<any>(app, query, variables, { token: other.token });
        expect(response.errors?.[0].extensions.code).toBe('FORBIDDEN');
      }
    }
    const missing = await graphql<any>(app, ROTATE, { id: '00000000-0000-4000-8000-000000000000' }, { token: admin.token });
    expect(missing.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await app.sql(`SELECT 1 FROM partner_banks WHERE code = 'not-allowed'`)).length).toBe(0);
  });

  it('lists the banks in one statement (besides the session check)', async () => {
    const { data, statements } = await countedStatements(app, LIST, {}, admin.token);
    expect(data.administeredPartnerBanks.length).toBeGreaterThanOrEqual(3);
    expect(statements.length).toBeLessThanOrEqual(5);
  });
});
