import { accountWithRoles, signedInAccount } from './support/accounts.js';
import { graphql } from './support/graphql.js';
import { countedStatements } from './support/statements.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const FIELDS = 'id code district careOf street postcode city mailboxPrefix active mailboxesIssued';
const LIST = `{ administeredServicePoints { ${FIELDS} } }`;
const CREATE = `mutation($input: CreateAddressPoolInput!) { createServicePoint(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateAddressPoolInput!) { updateServicePoint(input: $input) { ${FIELDS} } }`;
const OFFERED = '{ businessServicePoints { code name } }';

const ADDRESS = { district: 'bochum', careOf: 'Copyshop Uni-Center', street: 'Querenburger Höhe 281', postcode: '44801', city: 'Bochum' };

describe('business-address: partner service points kept by administrators and economic development', () => {
  let app: TestApp;
  let office: Awaited<ReturnType<typeof accountWithRoles>>;

  beforeAll(async () => {
    app = await createTestApp({ JOBS_WORKERS: '0' });
    office = await accountWithRoles(app, ['staff_economic_development']);
  });

  afterAll(async () => {
    await app.close();
  });

  it('creates a service point that companies are offered, edits it and deactivates it, audited', async () => {
    const created = await graphql<any>(
      app,
      CREATE,
      { input: { ...ADDRESS, code: 'business-uni-center', mailboxPrefix: 'UNI' } },
      { token: office.token },
    );
    expect(created.errors).toBeUndefined();
    const point = created.data.createServicePoint;
    expect(point).toMatchObject({ code: 'business-uni-center', mailboxPrefix: 'UNI', active: true });
    const founder = await signedInAccount(app);
    const offered = async () =>
      (await graphql<any>(app, OFFERED, {}, { token: founder.token })).data.businessServicePoints.map((row: { code: string }) => row.code);
    expect(await offered()).toContain('business-uni-center');

    const renamed = await graphql<any>(
      app,
      UPDATE,
      { input: { id: point.id, ...ADDRESS, careOf: 'Copyshop Uni-Center GmbH', active: true } },
      { token: office.token },
    );
    expect(renamed.data.updateServicePoint.careOf).toBe('Copyshop Uni-Center GmbH');
    expect((await graphql<any>(app, OFFERED, {}, { token: founder.token })).data.businessServicePoints).toContainEqual({
      code: 'business-uni-center',
      name: 'Copyshop Uni-Center GmbH',
    });

    const deactivated = await graphql<any>(app, UPDATE, { input: { id: point.id, ...ADDRESS, active: false } }, { token: office.token });
    expect(deactivated.data.updateServicePoint.active).toBe(false);
    expect(await offered()).not.toContain('business-uni-center');
    const listed = await graphql<any>(app, LIST, {}, { token: office.token });
    expect(listed.data.administeredServicePoints.find((row: { id: string }) => row.id === point.id).active).toBe(false);
    const actions = await app.sql<{ action: string }>(`SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY occurred_at`, [
      point.id,
    ]);
    expect(actions.map((row) => row.action)).toEqual(['addresses.pool_created', 'addresses.pool_updated', 'addresses.pool_updated']);
  });

  it('refuses a taken prefix with a localized field error', async () => {
    const [existing] = await app.sql<{ mailbox_prefix: string }>(
      `SELECT mailbox_prefix FROM address_pools WHERE purpose = 'businesses' LIMIT 1`,
    );
    const taken = await graphql<any>(
      app,
      CREATE,
      { input: { ...ADDRESS, code: 'business-dup', mailboxPrefix: existing.mailbox_prefix } },
      { token: office.token },
    );
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'MAILBOX_PREFIX_TAKEN' });
    expect(taken.errors![0].extensions.details![0].message).toBe('These letters are already used for other mailboxes.');
  });

  it('refuses other roles; a residents’ pool id is NOT_FOUND here', async () => {
    const [point] = await app.sql<{ id: string }>(`SELECT id FROM address_pools WHERE purpose = 'businesses' LIMIT 1`);
    for (const person of [await accountWithRoles(app, ['staff_citizens_office']), await signedInAccount(app)]) {
      for (const [query, variables] of [
        [LIST, {}],
        [CREATE, { input: { ...ADDRESS, code: 'business-nope', mailboxPrefix: 'NOPE' } }],
        [UPDATE, { input: { id: point.id, ...ADDRESS, active: false } }],
      ] as const) {
        expect((await graphql<any>(app, query, variables, { token: person.token })).errors?.[0].extensions.code).toBe('FORBIDDEN');
      }
    }
    const [residents] = await app.sql<{ id: string }>(`SELECT id FROM address_pools WHERE purpose = 'residents' LIMIT 1`);
    const admin = await accountWithRoles(app, ['admin']);
    const foreign = await graphql<any>(app, UPDATE, { input: { id: residents.id, ...ADDRESS, active: false } }, { token: admin.token });
    expect(foreign.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await app.sql<{ active: boolean }>('SELECT active FROM address_pools WHERE id = $1', [residents.id]))[0].active).toBe(true);
  });

  it('lists the service points within 5 statements', async () => {
    const { data, statements } = await countedStatements(app, LIST, {}, office.token);
    expect(data.administeredServicePoints.length).toBeGreaterThanOrEqual(1);
    expect(statements.length).toBeLessThanOrEqual(5);
  });
});
