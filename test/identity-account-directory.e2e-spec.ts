import { DataSource } from 'typeorm';
import { AccountDirectory, AssuranceLevel, Role } from '../src/identity/index.js';
import { AccountNotifications } from '../src/notifications/account-notifications.js';
import { register, uniqueEmail } from './support/accounts.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** Identity's account directory and the notifications that resolve recipients through it, on a real database. */
describe('account directory (identity) and account notifications', () => {
  let app: TestApp;
  let directory: AccountDirectory;
  let notifications: AccountNotifications;
  let dataSource: DataSource;

  beforeAll(async () => {
    app = await createTestApp();
    directory = app.app.get(AccountDirectory);
    notifications = app.app.get(AccountNotifications);
    dataSource = app.app.get(DataSource);
  });

  afterAll(async () => {
    await app.close();
  });

  async function newAccount(language = 'en'): Promise<{ id: string; email: string }> {
    const email = uniqueEmail('directory');
    await register(app, email, undefined, language);
    const [row] = await app.sql<{ id: string }>('SELECT id FROM accounts WHERE email = $1', [email]);
    return { id: row.id, email };
  }

  const rolesOf = async (id: string) =>
    (await app.sql<{ roles: string[] }>('SELECT roles::text[] AS roles FROM accounts WHERE id = $1', [id]))[0].roles;
  const assuranceOf = async (id: string) =>
    (await app.sql<{ level: string }>('SELECT assurance_level AS level FROM accounts WHERE id = $1', [id]))[0].level;

  it('grants a role inside the caller transaction: a rollback leaves the roles unchanged, a commit keeps it', async () => {
    const { id } = await newAccount();
    await expect(
      dataSource.transaction(async (manager) => {
        expect(await directory.grantRole(id, Role.resident, manager)).toBe(true);
        // The same transaction sees the change; other connections do not until it commits.
        expect((await directory.contactOf(id, manager))!.roles).toEqual([Role.resident]);
        expect((await directory.contactOf(id))!.roles).toEqual([]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await rolesOf(id)).toEqual([]);

    await dataSource.transaction((manager) => directory.grantRole(id, Role.company_rep, manager));
    expect(await rolesOf(id)).toEqual([Role.company_rep]);
    expect(await dataSource.transaction((manager) => directory.grantRole(id, Role.company_rep, manager))).toBe(false);
    expect(await rolesOf(id)).toEqual([Role.company_rep]);
  });

  it('withdraws a role, and withdrawing one not held changes nothing', async () => {
    const { id } = await newAccount();
    await app.sql(`UPDATE accounts SET roles = '{resident,company_rep}' WHERE id = $1`, [id]);
    expect(await dataSource.transaction((manager) => directory.withdrawRole(id, Role.resident, manager))).toBe(true);
    expect(await rolesOf(id)).toEqual([Role.company_rep]);
    expect(await dataSource.transaction((manager) => directory.withdrawRole(id, Role.venue_operator, manager))).toBe(false);
    expect(await rolesOf(id)).toEqual([Role.company_rep]);
  });

  it('raises the assurance level but never lowers it', async () => {
    const { id } = await newAccount();
    expect(await dataSource.transaction((manager) => directory.raiseAssurance(id, AssuranceLevel.substantial, manager))).toBe(
      AssuranceLevel.low,
    );
    expect(await assuranceOf(id)).toBe('substantial');
    expect(await dataSource.transaction((manager) => directory.raiseAssurance(id, AssuranceLevel.low, manager))).toBe(
      AssuranceLevel.substantial,
    );
    expect(await assuranceOf(id)).toBe('substantial');
    await dataSource.transaction((manager) => directory.raiseAssurance(id, AssuranceLevel.high, manager));
    expect(await assuranceOf(id)).toBe('high');
    expect(await directory.assuranceOf(id)).toBe(AssuranceLevel.high);
  });

  it('refuses role and assurance changes for an unknown account', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    await expect(dataSource.transaction((manager) => directory.grantRole(unknown, Role.resident, manager))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      dataSource.transaction((manager) => directory.raiseAssurance(unknown, AssuranceLevel.high, manager)),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('looks accounts up by id in one batch, by e-mail and by role', async () => {
    const german = await newAccount('de');
    const english = await newAccount('en');
    const unknown = '00000000-0000-4000-8000-000000000001';
    const contacts = await directory.contactsOf([german.id, english.id, german.id, unknown]);
    expect([...contacts.keys()].sort()).toEqual([german.id, english.id].sort());
    expect(contacts.get(german.id)).toMatchObject({
      id: german.id,
      email: german.email,
      language: 'de',
      roles: [],
      assuranceLevel: AssuranceLevel.low,
    });
    expect((await directory.contactByEmail(`  ${german.email.toUpperCase()} `))?.id).toBe(german.id);
    expect(await directory.contactByEmail(uniqueEmail('nobody'))).toBeNull();

    await app.sql(`UPDATE accounts SET roles = '{staff_economic_development}' WHERE id = $1`, [english.id]);
    const staff = await directory.withAnyRole([Role.staff_economic_development]);
    expect(staff.map((contact) => contact.id)).toContain(english.id);
    expect(staff.map((contact) => contact.id)).not.toContain(german.id);
    expect(await directory.hasAnyRole(english.id, [Role.admin, Role.staff_economic_development])).toBe(true);
    expect(await directory.hasAnyRole(german.id, [Role.admin, Role.staff_economic_development])).toBe(false);
  });

  it('notifications resolve the address and language from the account id; unknown ids get nothing', async () => {
    const german = await newAccount('de');
    const english = await newAccount('en');
    const unknown = '00000000-0000-4000-8000-000000000002';
    const told = await dataSource.transaction((manager) =>
      notifications.notifyEach(manager, [german.id, unknown, english.id], {
        email: { template: 'residency_ended', params: { link: `${notifications.publicUrl}/residency` } },
        inApp: { kind: 'residency_ended', link: '/residency' },
      }),
    );
    expect(told).toBe(2);
    const [germanMail] = await app.mailbox.list(german.email);
    expect(germanMail).toMatchObject({ template: 'residency_ended', language: 'de' });
    expect(germanMail.text).toContain('/residency');
    expect(germanMail.subject).toBe('Ihre virtuelle Einwohnerschaft ist beendet');
    const [englishMail] = await app.mailbox.list(english.email);
    expect(englishMail).toMatchObject({ template: 'residency_ended', language: 'en', subject: 'Your virtual residency has ended' });
    const inApp = await app.sql<{ account_id: string }>(
      `SELECT account_id FROM in_app_notifications WHERE kind = 'residency_ended' AND account_id = ANY($1::uuid[])`,
      [[german.id, english.id]],
    );
    expect(inApp.map((row) => row.account_id).sort()).toEqual([german.id, english.id].sort());

    expect(
      await dataSource.transaction((manager) => notifications.notify(manager, unknown, { email: { template: 'residency_ended' } })),
    ).toBe(false);
  });
});
