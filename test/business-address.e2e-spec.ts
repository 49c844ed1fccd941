import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { BusinessAddressService } from '../src/business-address/business-address.service.js';
import { signedInAccount } from './support/accounts.js';
import { companyWithBusinessAddress } from './support/business-address.js';
import { createCompanyForTest } from './support/companies.js';
import { graphql } from './support/graphql.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('business addresses at partner service points', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp({ JOBS_WORKERS: '0', DB_POOL_SIZE: '20' });
  });

  afterAll(async () => {
    await app.close();
  });

  it('lists the demo partner service points to signed-in users only', async () => {
    const anonymous = await graphql<any>(app, '{ businessServicePoints { code } }');
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');

    const person = await signedInAccount(app);
    const points = await graphql<any>(app, '{ businessServicePoints { code name lines } }', {}, { token: person.token });
    expect(points.data.businessServicePoints).toEqual([
      {
        code: 'business-bochum-hbf',
        name: 'Demo-Partner Servicepunkt Hauptbahnhof',
        lines: ['Demo-Partner Servicepunkt Hauptbahnhof', 'Kurt-Schumacher-Platz 1', '44787 Bochum'],
      },
      {
        code: 'business-bochum-mark51',
        name: 'Demo-Partner Servicepunkt MARK 51°7',
        lines: ['Demo-Partner Servicepunkt MARK 51°7', 'Suttner-Nobel-Allee 4', '44803 Bochum'],
      },
      {
        code: 'business-wattenscheid',
        name: 'Demo-Partner Servicepunkt Wattenscheid',
        lines: ['Demo-Partner Servicepunkt Wattenscheid', 'Hochstraße 20', '44866 Bochum'],
      },
    ]);
  });

  it('allocates the address with the establishment, written per DIN 5008 with the company as recipient', async () => {
    const { representative, companyId, establishmentId, addressId } = await companyWithBusinessAddress(app, 'Atelier Rossi S.r.l.');
    const addresses = await graphql<any>(
      app,
      'query($companyId: ID!) { companyBusinessAddresses(companyId: $companyId) { id establishmentId mailbox lines service { id } } }',
      { companyId },
      { token: representative.token },
    );
    const [address] = addresses.data.companyBusinessAddresses;
    expect(address).toMatchObject({ id: addressId, establishmentId, service: null });
    expect(address.mailbox).toMatch(/^Fach HBF-\d{5}$/);
    expect(address.lines).toEqual([
      'Atelier Rossi S.r.l.',
      'c/o Demo-Partner Servicepunkt Hauptbahnhof',
      'Kurt-Schumacher-Platz 1',
      address.mailbox,
      '44787 Bochum',
    ]);

    const service = app.app.get(BusinessAddressService);
    expect(await service.addressOf(establishmentId)).toEqual({ lines: address.lines, mailbox: address.mailbox });
    expect(await service.addressOf(randomUUID())).toBeNull();
    expect(await service.addressOf('not-a-uuid')).toBeNull();
  });

  it('gives 100 concurrent establishments 100 different mailboxes, and the database refuses a duplicate', async () => {
    const representative = await signedInAccount(app);
    const { companyId } = await createCompanyForTest(app, representative.token, { legalName: 'Concurrency GmbH' });
    const dataSource = app.app.get(DataSource);
    const service = app.app.get(BusinessAddressService);
    const [{ last: before }] = await app.sql<{ last: number }>(
      "SELECT last_mailbox_number AS last FROM address_pools WHERE code = 'business-bochum-mark51'",
    );

    const results = await Promise.all(
      Array.from({ length: 100 }, () =>
        dataSource.transaction((manager) =>
          service.allocateForEstablishment(manager, {
            companyId,
            establishmentId: randomUUID(),
            servicePointCode: 'business-bochum-mark51',
          }),
        ),
      ),
    );
    const mailboxes = results.map((result) => result.lines[3]);
    expect(new Set(mailboxes).size).toBe(100);
    expect(new Set(results.map((result) => result.allocationId)).size).toBe(100);
    const numbers = (
      await app.sql<{ n: number }>(
        "SELECT a.mailbox_number AS n FROM business_address_allocations a JOIN address_pools p ON p.id = a.pool_id WHERE p.code = 'business-bochum-mark51' AND a.mailbox_number > $1 ORDER BY 1",
        [before],
      )
    ).map((row) => row.n);
    expect(numbers).toEqual(Array.from({ length: 100 }, (_, i) => before + i + 1));

    // The unique constraint decides, whatever the application code does.
    const [taken] = await app.sql<{ pool_id: string; mailbox_number: number }>(
      'SELECT pool_id, mailbox_number FROM business_address_allocations LIMIT 1',
    );
    await expect(
      app.sql(
        "INSERT INTO business_address_allocations (pool_id, mailbox_number, company_id, establishment_id, holder_name) VALUES ($1, $2, $3, $4, 'Intruder Ltd')",
        [taken.pool_id, taken.mailbox_number, companyId, randomUUID()],
      ),
    ).rejects.toMatchObject({ code: '23505' });
  });

  it('allocates once per establishment, also when asked concurrently', async () => {
    const representative = await signedInAccount(app);
    const { companyId } = await createCompanyForTest(app, representative.token, { legalName: 'Idempotent B.V.' });
    const dataSource = app.app.get(DataSource);
    const service = app.app.get(BusinessAddressService);
    const establishmentId = randomUUID();
    const allocate = (servicePointCode: string) =>
      dataSource.transaction((manager) => service.allocateForEstablishment(manager, { companyId, establishmentId, servicePointCode }));

    const results = await Promise.all(Array.from({ length: 10 }, () => allocate('business-wattenscheid')));
    expect(new Set(results.map((result) => result.allocationId)).size).toBe(1);
    const again = await allocate('business-bochum-hbf');
    expect(again).toEqual(results[0]);
    expect(again.lines[3]).toMatch(/^Fach WATB-\d{5}$/);
    const [{ n }] = await app.sql<{ n: number }>(
      'SELECT count(*)::int AS n FROM business_address_allocations WHERE establishment_id = $1',
      [establishmentId],
    );
    expect(n).toBe(1);
  });

  it('refuses an unknown service point without writing anything', async () => {
    const representative = await signedInAccount(app);
    const { companyId } = await createCompanyForTest(app, representative.token, { legalName: 'Unknown Point SA' });
    const dataSource = app.app.get(DataSource);
    const service = app.app.get(BusinessAddressService);
    const establishmentId = randomUUID();
    for (const servicePointCode of ['nowhere', 'residents-bochum-mitte']) {
      await expect(
        dataSource.transaction((manager) => service.allocateForEstablishment(manager, { companyId, establishmentId, servicePointCode })),
      ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', options: { fields: [{ field: 'servicePointCode' }] } });
    }
    const created = await graphql<any>(
      app,
      'mutation($input: CreateEstablishmentInput!) { createEstablishment(input: $input) { id } }',
      { input: { companyId, servicePointCode: 'nowhere' } },
      { token: representative.token },
    );
    expect(created.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const [{ n }] = await app.sql<{ n: number }>('SELECT count(*)::int AS n FROM business_address_allocations WHERE company_id = $1', [
      companyId,
    ]);
    expect(n).toBe(0);
  });
});
