import { accountWithRoles, signedInAccount } from './support/accounts.js';
import { graphql } from './support/graphql.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const FIND = `query($input: EmailLookupInput!) { accountForRoles(input: $input) { id email roles assuranceLevel } }`;
const GRANT = `mutation($input: ChangeAccountRoleInput!) { grantAccountRole(input: $input) { id roles } }`;
const WITHDRAW = `mutation($input: ChangeAccountRoleInput!) { withdrawAccountRole(input: $input) { id roles } }`;

describe('identity: administrators grant and withdraw roles', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp({ JOBS_WORKERS: '0' });
  });

  afterAll(async () => {
    await app.close();
  });

  const adminCount = async () => (await app.sql<{ n: number }>(`SELECT count(*)::int AS n FROM accounts WHERE 'admin' = ANY(roles)`))[0].n;

  it('grants a role with a reason: audited, told to the account, effective on its next request', async () => {
    const admin = await accountWithRoles(app, ['admin']);
    const person = await signedInAccount(app);
    const found = await graphql<any>(app, FIND, { input: { email: ` ${person.email.toUpperCase()} ` } }, { token: admin.token });
    expect(found.data.accountForRoles).toMatchObject({ id: person.account.id, roles: [] });

    const before = await graphql<any>(app, '{ backofficeCases { nodes { id } } }', {}, { token: person.token });
    expect(before.errors?.[0].extensions.code).toBe('FORBIDDEN');

    const granted = await graphql<any>(
      app,
      GRANT,
      { input: { accountId: person.account.id, role: 'staff_citizens_office', reason: 'New colleague in the citizens’ office' } },
      { token: admin.token },
    );
    expect(granted.errors).toBeUndefined();
    expect(granted.data.grantAccountRole.roles).toEqual(['staff_citizens_office']);

    // The same access token: roles are read from the database on every request.
    const me = await graphql<any>(app, '{ me { roles } }', {}, { token: person.token });
    expect(me.data.me.roles).toEqual(['staff_citizens_office']);

    const [audit] = await app.sql<any>(
      `SELECT actor_account_id, subject_id, details FROM audit_events WHERE action = 'identity.role_granted' AND subject_id = $1`,
      [person.account.id],
    );
    expect(audit).toMatchObject({
      actor_account_id: admin.account.id,
      details: { role: 'staff_citizens_office', reason: 'New colleague in the citizens’ office' },
    });
    const notifications = await graphql<any>(
      app,
      '{ myNotifications { nodes { kind title } } }',
      {},
      { token: person.token, language: 'en' },
    );
    expect(notifications.data.myNotifications.nodes).toContainEqual({
      kind: 'role_granted',
      title: "You have a new role: Staff, citizens' office",
    });

    const again = await graphql<any>(
      app,
      GRANT,
      { input: { accountId: person.account.id, role: 'staff_citizens_office', reason: 'twice' } },
      { token: admin.token },
    );
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ROLE_ALREADY_HELD' });

    const withdrawn = await graphql<any>(
      app,
      WITHDRAW,
      { input: { accountId: person.account.id, role: 'staff_citizens_office', reason: 'Moved to another office' } },
      { token: admin.token },
    );
    expect(withdrawn.data.withdrawAccountRole.roles).toEqual([]);
    const after = await graphql<any>(app, '{ me { roles } }', {}, { token: person.token });
    expect(after.data.me.roles).toEqual([]);
    const actions = await app.sql<{ action: string }>(
      `SELECT action FROM audit_events WHERE subject_id = $1 AND action LIKE 'identity.role_%' ORDER BY occurred_at`,
      [person.account.id],
    );
    expect(actions.map((row) => row.action)).toEqual(['identity.role_granted', 'identity.role_withdrawn']);
  });

  it('requires a reason and an administered role, with localized field errors', async () => {
    const admin = await accountWithRoles(app, ['admin'], 'de');
    const person = await signedInAccount(app);
    const blank = await graphql<any>(
      app,
      GRANT,
      { input: { accountId: person.account.id, role: 'admin', reason: '   ' } },
      { token: admin.token, language: 'de' },
    );
    expect(blank.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(blank.errors?.[0].extensions.details).toEqual([
      expect.objectContaining({ field: 'reason', message: 'Bitte geben Sie den Grund für die Änderung an.' }),
    ]);
    const resident = await graphql<any>(
      app,
      GRANT,
      { input: { accountId: person.account.id, role: 'resident', reason: 'no' } },
      { token: admin.token },
    );
    expect(resident.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: [expect.objectContaining({ field: 'role' })],
    });
    expect(resident.errors?.[0].extensions.details?.[0].message).toMatch(/Rollen für Mitarbeitende/);
    expect((await app.sql(`SELECT roles::text[] AS roles FROM accounts WHERE id = $1`, [person.account.id]))[0].roles).toEqual([]);
  });

  it('refuses everyone who is not an administrator, and unknown accounts', async () => {
    const staff = await accountWithRoles(app, ['staff_citizens_office']);
    const person = await signedInAccount(app);
    for (const [query, variables] of [
      [FIND, { input: { email: person.email } }],
      [GRANT, { input: { accountId: person.account.id, role: 'admin', reason: 'me too' } }],
      [WITHDRAW, { input: { accountId: staff.account.id, role: 'staff_citizens_office', reason: 'x' } }],
    ] as const) {
      const response = await graphql<any>(app, query, variables, { token: staff.token });
      expect(response.errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect(response.data).toBeNull();
    }
    const anonymous = await graphql<any>(app, FIND, { input: { email: person.email } });
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');

    const admin = await accountWithRoles(app, ['admin']);
    const unknownId = await graphql<any>(
      app,
      GRANT,
      { input: { accountId: '00000000-0000-4000-8000-000000000000', role: 'admin', reason: 'x' } },
      { token: admin.token },
    );
    expect(unknownId.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const unknownEmail = await graphql<any>(app, FIND, { input: { email: 'nobody@example.org' } }, { token: admin.token });
    expect(unknownEmail.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('an administrator cannot change their own roles', async () => {
    const admin = await accountWithRoles(app, ['admin']);
    const own = await graphql<any>(
      app,
      GRANT,
      { input: { accountId: admin.account.id, role: 'staff_citizens_office', reason: 'myself' } },
      { token: admin.token },
    );
    expect(own.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_ROLES' });
    expect(own.errors?.[0].message).toMatch(/another administrator/);
    const ownAdmin = await graphql<any>(
      app,
      WITHDRAW,
      { input: { accountId: admin.account.id, role: 'admin', reason: 'leaving' } },
      { token: admin.token },
    );
    expect(ownAdmin.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_ROLES' });
    expect((await app.sql(`SELECT roles::text[] AS roles FROM accounts WHERE id = $1`, [admin.account.id]))[0].roles).toEqual(['admin']);
  });

  it('two concurrent withdrawals of the last two administrators leave one administrator', async () => {
    await app.sql(`UPDATE accounts SET roles = array_remove(roles, 'admin')`);
    const first = await accountWithRoles(app, ['admin']);
    const second = await accountWithRoles(app, ['admin']);
    expect(await adminCount()).toBe(2);
    // Both sessions checked (and cached) beforehand, so both requests usually meet at the lock.
    await Promise.all([first, second].map((admin) => graphql(app, '{ me { id } }', {}, { token: admin.token })));
    const results = await Promise.all([
      graphql<any>(app, WITHDRAW, { input: { accountId: second.account.id, role: 'admin', reason: 'race 1' } }, { token: first.token }),
      graphql<any>(app, WITHDRAW, { input: { accountId: first.account.id, role: 'admin', reason: 'race 2' } }, { token: second.token }),
    ]);
    const succeeded = results.filter((result) => !result.errors);
    const refused = results.filter((result) => result.errors);
    expect(succeeded).toHaveLength(1);
    expect(refused).toHaveLength(1);
    // Refused under the lock (the other withdrawal committed first), or already at the door when its
    // session check ran after that commit: either way, never both.
    const refusal = refused[0].errors![0].extensions;
    expect(refusal.code === 'FORBIDDEN' || (refusal.code === 'CONFLICT' && refusal.reason === 'LAST_ADMINISTRATOR')).toBe(true);
    expect(await adminCount()).toBe(1);
    const withdrawals = await app.sql(
      `SELECT 1 FROM audit_events WHERE action = 'identity.role_withdrawn' AND details->>'reason' LIKE 'race%'`,
    );
    expect(withdrawals).toHaveLength(1);
  });

  it('a staff role can require a level of assurance: below it the role is not used, from the next request on', async () => {
    const SET = `mutation($input: SetRoleAssuranceInput!) { setRoleAssuranceRequirement(input: $input) { role minimumAssurance } }`;
    const admin = await accountWithRoles(app, ['admin']);
    const clerk = await accountWithRoles(app, ['staff_economic_development']);
    const queue = () => graphql<any>(app, '{ backofficeCases { nodes { id } } }', {}, { token: clerk.token });
    expect((await queue()).errors).toBeUndefined();

    const refused = await graphql<any>(
      app,
      SET,
      { input: { role: 'staff_economic_development', minimumAssurance: 'high', reason: 'x' } },
      { token: clerk.token },
    );
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const noReason = await graphql<any>(
      app,
      SET,
      { input: { role: 'staff_economic_development', minimumAssurance: 'high', reason: ' ' } },
      { token: admin.token },
    );
    expect(noReason.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');

    const set = await graphql<any>(
      app,
      SET,
      { input: { role: 'staff_economic_development', minimumAssurance: 'substantial', reason: 'Company data needs a verified identity' } },
      { token: admin.token },
    );
    expect(set.data.setRoleAssuranceRequirement).toContainEqual({ role: 'staff_economic_development', minimumAssurance: 'substantial' });
    expect((await queue()).errors?.[0].extensions.code).toBe('FORBIDDEN');

    // Identification raises assurance through AccountDirectory, which forgets the cached session; SQL does not, so set again.
    await app.sql(`UPDATE accounts SET assurance_level = 'substantial' WHERE id = $1`, [clerk.account.id]);
    await graphql(
      app,
      SET,
      { input: { role: 'staff_economic_development', minimumAssurance: 'substantial', reason: 'again' } },
      { token: admin.token },
    );
    expect((await queue()).errors).toBeUndefined();
    const [audit] = await app.sql<any>(
      `SELECT actor_account_id, details FROM audit_events WHERE action = 'identity.role_assurance_set' ORDER BY occurred_at LIMIT 1`,
    );
    expect(audit).toMatchObject({
      actor_account_id: admin.account.id,
      details: { minimumAssurance: 'substantial', reason: 'Company data needs a verified identity' },
    });
    // An administrator with low assurance cannot require more of administrators: nobody could administer then.
    const lockOut = await graphql<any>(
      app,
      SET,
      { input: { role: 'admin', minimumAssurance: 'high', reason: 'stricter' } },
      { token: admin.token },
    );
    expect(lockOut.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ASSURANCE_LOCKS_OUT' });
    expect(await app.sql(`SELECT 1 FROM role_assurance_requirements WHERE role = 'admin'`)).toHaveLength(0);
    await app.sql(`DELETE FROM role_assurance_requirements`);
  });
});
