import { ResidencyDemoSeed } from '../src/residency/residency-demo-seed.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('demo seed of the residency domain', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp({ SEED_DEMO_DATA: '1', JOBS_WORKERS: '0' });
  });

  afterAll(async () => {
    await app.close();
  });

  it('puts one submitted application of the demo resident, with a PDF, into the back office queue, once', async () => {
    const cases = () =>
      app.sql<{ status: string; media_type: string }>(
        `SELECT c.status, e.media_type FROM backoffice_cases c
         JOIN residency_applications a ON a.id = c.subject_id
         JOIN residency_evidence_documents e ON e.application_id = a.id
         JOIN accounts p ON p.id = a.account_id WHERE p.email = 'resident@demo.bochum-eresidency.example'`,
      );
    expect(await cases()).toEqual([{ status: 'open', media_type: 'application/pdf' }]);
    await app.app.get(ResidencyDemoSeed).seed();
    expect(await cases()).toHaveLength(1);
    const pools = await app.sql<{ code: string }>("SELECT code FROM address_pools WHERE purpose = 'residents' ORDER BY code");
    expect(pools.map((pool) => pool.code)).toEqual(['residents-bochum-mitte', 'residents-wattenscheid']);
  });
});
