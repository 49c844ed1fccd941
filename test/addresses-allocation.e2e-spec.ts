import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AddressAllocationService } from '../src/addresses/address-allocation.service.js';
import { AddressPoolPurpose } from '../src/addresses/address-pool-purpose.js';
import { District } from '../src/addresses/district.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('virtual address allocation under concurrency', () => {
  let app: TestApp;
  let holderId: string;

  beforeAll(async () => {
    app = await createTestApp({ JOBS_WORKERS: '0', DB_POOL_SIZE: '20' });
    [{ id: holderId }] = await app.sql<{ id: string }>(
      "INSERT INTO accounts (email, password_hash, preferred_language) VALUES ('holder@example.org', 'x', 'de') RETURNING id",
    );
  });

  afterAll(async () => {
    await app.close();
  });

  it('gives 200 concurrent allocations 200 different mailboxes, and the database refuses a duplicate', async () => {
    const dataSource = app.app.get(DataSource);
    const allocations = app.app.get(AddressAllocationService);
    const allocate = (district: District) =>
      dataSource.transaction((manager) =>
        allocations.allocate(manager, {
          purpose: AddressPoolPurpose.residents,
          district,
          subjectType: 'residency',
          subjectId: randomUUID(),
          holderAccountId: holderId,
          holderName: 'Erika Musterfrau',
        }),
      );
    const results = await Promise.all(
      Array.from({ length: 240 }, (_, i) => allocate(i % 6 === 0 ? District.wattenscheid : District.bochum)),
    );

    const bochum = results.filter((_, i) => i % 6 !== 0).map((allocation) => allocation.mailboxNumber);
    expect(bochum).toHaveLength(200);
    expect(new Set(bochum).size).toBe(200);
    expect([...bochum].sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    const [{ duplicates }] = await app.sql<{ duplicates: number }>(
      'SELECT count(*)::int AS duplicates FROM (SELECT pool_id, mailbox_number FROM address_allocations GROUP BY 1, 2 HAVING count(*) > 1) d',
    );
    expect(duplicates).toBe(0);

    // The unique constraint is the arbiter, whatever the application code does.
    const [taken] = await app.sql<{ pool_id: string; mailbox_number: number }>(
      'SELECT pool_id, mailbox_number FROM address_allocations LIMIT 1',
    );
    await expect(
      app.sql(
        "INSERT INTO address_allocations (pool_id, mailbox_number, holder_account_id, holder_name, subject_type, subject_id) VALUES ($1, $2, $3, 'Someone Else', 'residency', $4)",
        [taken.pool_id, taken.mailbox_number, holderId, randomUUID()],
      ),
    ).rejects.toMatchObject({ code: '23505' });
  });

  it('allocates once per subject, and never reuses a released mailbox', async () => {
    const dataSource = app.app.get(DataSource);
    const allocations = app.app.get(AddressAllocationService);
    const subjectId = randomUUID();
    const request = {
      purpose: AddressPoolPurpose.residents,
      district: District.wattenscheid,
      subjectType: 'residency',
      subjectId,
      holderAccountId: holderId,
      holderName: 'Jan Kowalski',
    };
    const first = await dataSource.transaction((manager) => allocations.allocate(manager, request));
    const again = await dataSource.transaction((manager) => allocations.allocate(manager, request));
    expect(again.id).toBe(first.id);
    await dataSource.transaction((manager) => allocations.release(manager, 'residency', subjectId));
    const next = await dataSource.transaction((manager) => allocations.allocate(manager, request));
    expect(next.id).not.toBe(first.id);
    expect(next.mailboxNumber).toBeGreaterThan(first.mailboxNumber);
  });
});
