import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AddressPoolPurpose, AddressPools } from '../src/addresses/index.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** The addresses domain's public pool service, which business-address uses instead of the entity. */
describe('AddressPools', () => {
  let app: TestApp;
  let pools: AddressPools;
  let dataSource: DataSource;
  const ids: Record<string, string> = {};

  const insertPool = async (code: string, purpose: AddressPoolPurpose, prefix: string, active = true) => {
    const [{ id }] = await app.sql<{ id: string }>(
      `INSERT INTO address_pools (code, purpose, district, care_of, street, postcode, city, mailbox_prefix, active)
       VALUES ($1, $2, 'bochum', $3, 'Teststraße 1', '44787', 'Bochum', $4, $5) RETURNING id`,
      [code, purpose, `Servicepunkt ${code}`, prefix, active],
    );
    ids[code] = id;
  };

  beforeAll(async () => {
    app = await createTestApp({ JOBS_WORKERS: '0' });
    pools = app.app.get(AddressPools);
    dataSource = app.app.get(DataSource);
    await insertPool('zz-pools-b', AddressPoolPurpose.businesses, 'ZPB');
    await insertPool('zz-pools-a', AddressPoolPurpose.businesses, 'ZPA');
    await insertPool('zz-pools-old', AddressPoolPurpose.businesses, 'ZPO', false);
    await insertPool('zz-pools-res', AddressPoolPurpose.residents, 'ZPR');
  });

  afterAll(async () => {
    await app.close();
  });

  it('lists the active pools of a purpose by code, as plain data without the counter', async () => {
    const active = await pools.active(AddressPoolPurpose.businesses);
    const codes = active.map((pool) => pool.code).filter((code) => code.startsWith('zz-pools-'));
    expect(codes).toEqual(['zz-pools-a', 'zz-pools-b']);
    const a = active.find((pool) => pool.code === 'zz-pools-a')!;
    expect(a).toEqual({
      id: ids['zz-pools-a'],
      code: 'zz-pools-a',
      purpose: AddressPoolPurpose.businesses,
      district: 'bochum',
      careOf: 'Servicepunkt zz-pools-a',
      street: 'Teststraße 1',
      postcode: '44787',
      city: 'Bochum',
      mailboxPrefix: 'ZPA',
      active: true,
    });
  });

  it('finds a pool by code only when active and of the purpose', async () => {
    expect((await pools.activeByCode('zz-pools-a', AddressPoolPurpose.businesses))?.id).toBe(ids['zz-pools-a']);
    expect(await pools.activeByCode('zz-pools-old', AddressPoolPurpose.businesses)).toBeNull();
    expect(await pools.activeByCode('zz-pools-res', AddressPoolPurpose.businesses)).toBeNull();
  });

  it('finds pools by mailbox prefix case-insensitively, inactive ones included', async () => {
    expect((await pools.byMailboxPrefix('zpo', AddressPoolPurpose.businesses)).map((pool) => pool.id)).toEqual([ids['zz-pools-old']]);
    expect(await pools.byMailboxPrefix('ZPR', AddressPoolPurpose.businesses)).toEqual([]);
  });

  it('loads many pools by id at once, inactive ones included, unknown ids left out', async () => {
    const found = await pools.byIds([ids['zz-pools-a'], ids['zz-pools-old'], ids['zz-pools-a'], randomUUID()]);
    expect([...found.keys()].sort()).toEqual([ids['zz-pools-a'], ids['zz-pools-old']].sort());
    expect(await pools.byIds([])).toEqual(new Map());
    await expect(pools.byId(randomUUID())).rejects.toThrow(/does not exist/);
  });

  it('hands out mailbox numbers in the caller transaction: a rollback gives the number back', async () => {
    const poolId = ids['zz-pools-b'];
    const first = await dataSource.transaction((manager) => pools.nextMailboxNumber(manager, poolId));
    const second = await dataSource.transaction((manager) => pools.nextMailboxNumber(manager, poolId));
    expect([first, second]).toEqual([1, 2]);
    await expect(
      dataSource.transaction(async (manager) => {
        await pools.nextMailboxNumber(manager, poolId);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const concurrent = await Promise.all(
      Array.from({ length: 20 }, () => dataSource.transaction((manager) => pools.nextMailboxNumber(manager, poolId))),
    );
    expect([...concurrent].sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 3));
    await expect(dataSource.transaction((manager) => pools.nextMailboxNumber(manager, randomUUID()))).rejects.toThrow(/does not exist/);
  });

  it('keeps the database refusing to delete a pool a business address points to', async () => {
    const [{ id: companyId }] = await app.sql<{ id: string }>('SELECT gen_random_uuid() AS id');
    await app.sql(
      "INSERT INTO business_address_allocations (pool_id, mailbox_number, company_id, establishment_id, holder_name) VALUES ($1, 1, $2, $3, 'Test GmbH')",
      [ids['zz-pools-a'], companyId, randomUUID()],
    );
    // PostgreSQL 15 reports the RESTRICT foreign key as foreign_key_violation (23503), 18 as restrict_violation (23001).
    const refusal = await app.sql('DELETE FROM address_pools WHERE id = $1', [ids['zz-pools-a']]).then(
      () => null,
      (error: { code?: string }) => error.code,
    );
    expect(['23503', '23001']).toContain(refusal);
  });
});
