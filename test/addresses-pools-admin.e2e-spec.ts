import pg from 'pg';
import { accountWithRoles, signedInAccount } from './support/accounts.js';
import { graphql } from './support/graphql.js';
import { countedStatements } from './support/statements.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const POOL_FIELDS = 'id code district careOf street postcode city mailboxPrefix active mailboxesIssued';
const LIST = `{ residentAddressPools { ${POOL_FIELDS} } }`;
const CREATE = `mutation($input: CreateAddressPoolInput!) { createResidentAddressPool(input: $input) { ${POOL_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateAddressPoolInput!) { updateResidentAddressPool(input: $input) { ${POOL_FIELDS} } }`;

const ADDRESS = {
  district: 'bochum',
  careOf: 'Stadt Bochum, Bürgerbüro Querenburg',
  street: 'Querenburger Höhe 256',
  postcode: '44801',
  city: 'Bochum',
};

/**
 * Runs `requests` while another connection holds the pools `ids` locked, and lets go once two
 * statements of the application wait for a lock: the two changes then run at the same moment.
 */
async function whileBothPoolsAreHeld<T>(app: TestApp, ids: string[], requests: () => Promise<T>): Promise<T> {
  const holder = new pg.Client({ connectionString: app.databaseUrl });
  await holder.connect();
  try {
    await holder.query('BEGIN');
    await holder.query('SELECT id FROM address_pools WHERE id = ANY($1) ORDER BY id FOR UPDATE', [ids]);
    const answers = requests();
    for (;;) {
      const [{ waiting }] = await app.sql<{ waiting: number }>(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity
          WHERE datname = current_database() AND application_name = 'bochum-eresidency' AND wait_event_type = 'Lock'`,
      );
      if (waiting >= 2) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await holder.query('COMMIT');
    return await answers;
  } finally {
    await holder.end();
  }
}

describe('addresses: the residents’ address pools, kept by administrators and the citizens’ office', () => {
  let app: TestApp;
  let clerk: Awaited<ReturnType<typeof accountWithRoles>>;

  beforeAll(async () => {
    app = await createTestApp({ JOBS_WORKERS: '0' });
    clerk = await accountWithRoles(app, ['staff_citizens_office']);
  });

  afterAll(async () => {
    await app.close();
  });

  it('lists, creates, edits and deactivates pools, audited', async () => {
    const listed = await graphql<any>(app, LIST, {}, { token: clerk.token });
    expect(listed.data.residentAddressPools.map((pool: { code: string }) => pool.code)).toEqual([
      'residents-bochum-mitte',
      'residents-wattenscheid',
    ]);

    const created = await graphql<any>(
      app,
      CREATE,
      { input: { ...ADDRESS, code: 'residents-querenburg', mailboxPrefix: 'qub' } },
      { token: clerk.token },
    );
    expect(created.errors).toBeUndefined();
    const pool = created.data.createResidentAddressPool;
    expect(pool).toMatchObject({ code: 'residents-querenburg', mailboxPrefix: 'QUB', active: true, mailboxesIssued: 0 });

    const updated = await graphql<any>(
      app,
      UPDATE,
      { input: { id: pool.id, ...ADDRESS, street: 'Querenburger Höhe 258', active: false } },
      { token: clerk.token },
    );
    expect(updated.data.updateResidentAddressPool).toMatchObject({ street: 'Querenburger Höhe 258', active: false });
    const actions = await app.sql<{ action: string; actor_account_id: string }>(
      `SELECT action, actor_account_id FROM audit_events WHERE subject_id = $1 ORDER BY occurred_at`,
      [pool.id],
    );
    expect(actions).toEqual([
      { action: 'addresses.pool_created', actor_account_id: clerk.account.id },
      { action: 'addresses.pool_updated', actor_account_id: clerk.account.id },
    ]);
  });

  it('keeps one active pool per district; two deactivations at once leave one', async () => {
    const mitte = (await app.sql<{ id: string }>(`SELECT id FROM address_pools WHERE code = 'residents-bochum-mitte'`))[0].id;
    const second = await graphql<any>(
      app,
      CREATE,
      { input: { ...ADDRESS, code: 'residents-bochum-zwei', mailboxPrefix: 'BOZ' } },
      { token: clerk.token },
    );
    const other = second.data.createResidentAddressPool.id;
    // Both requests are held at the database until both wait there, so their transactions truly overlap.
    const results = await whileBothPoolsAreHeld(app, [mitte, other], () =>
      Promise.all(
        [mitte, other].map((id) =>
          graphql<any>(app, UPDATE, { input: { id, ...ADDRESS, active: false } }, { token: clerk.token, language: 'en' }),
        ),
      ),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    const refused = results.find((result) => result.errors)!;
    expect(refused.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'LAST_POOL_OF_DISTRICT' });
    expect(refused.errors![0].message).toMatch(/last active address/);
    const active = await app.sql(`SELECT 1 FROM address_pools WHERE purpose = 'residents' AND district = 'bochum' AND active`);
    expect(active).toHaveLength(1);
  });

  it('refuses bad input, a taken code or mailbox prefix, with field errors', async () => {
    const bad = await graphql<any>(
      app,
      CREATE,
      { input: { ...ADDRESS, postcode: '4480', careOf: '', code: 'X', mailboxPrefix: 'B1' } },
      { token: clerk.token },
    );
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions.details!.map((detail) => detail.field).sort()).toEqual([
      'careOf',
      'code',
      'mailboxPrefix',
      'postcode',
    ]);
    const takenCode = await graphql<any>(
      app,
      CREATE,
      { input: { ...ADDRESS, code: 'residents-wattenscheid', mailboxPrefix: 'NEWP' } },
      { token: clerk.token },
    );
    expect(takenCode.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'POOL_CODE_TAKEN' });
    const takenPrefix = await graphql<any>(
      app,
      CREATE,
      { input: { ...ADDRESS, code: 'residents-new', mailboxPrefix: 'wat' } },
      { token: clerk.token },
    );
    expect(takenPrefix.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'MAILBOX_PREFIX_TAKEN' });
    expect(await app.sql(`SELECT 1 FROM address_pools WHERE code = 'residents-new' OR mailbox_prefix = 'NEWP'`)).toHaveLength(0);
  });

  it('refuses other roles; a service point’s id is NOT_FOUND here', async () => {
    const [mitte] = await app.sql<{ id: string }>(`SELECT id FROM address_pools WHERE code = 'residents-wattenscheid'`);
    for (const person of [await accountWithRoles(app, ['staff_economic_development']), await signedInAccount(app)]) {
      for (const [query, variables] of [
        [LIST, {}],
        [CREATE, { input: { ...ADDRESS, code: 'residents-nope', mailboxPrefix: 'NOPE' } }],
        [UPDATE, { input: { id: mitte.id, ...ADDRESS, active: true } }],
      ] as const) {
        expect((await graphql<any>(app, query, variables, { token: person.token })).errors?.[0].extensions.code).toBe('FORBIDDEN');
      }
    }
    const [servicePoint] = await app.sql<{ id: string }>(`SELECT id FROM address_pools WHERE purpose = 'businesses' LIMIT 1`);
    const foreign = await graphql<any>(app, UPDATE, { input: { id: servicePoint.id, ...ADDRESS, active: false } }, { token: clerk.token });
    expect(foreign.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('lists the pools within 5 statements', async () => {
    const { data, statements } = await countedStatements(app, LIST, {}, clerk.token);
    expect(data.residentAddressPools.length).toBeGreaterThanOrEqual(2);
    expect(statements.length).toBeLessThanOrEqual(5);
  });
});
