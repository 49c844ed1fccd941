import { DEMO_VENUE_OPERATOR_EMAIL, VenueDemoSeed } from '../src/database/seed/venue-demo-seed.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('demo seed of partner venues', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp({ SEED_DEMO_DATA: '1', JOBS_WORKERS: '0' });
  });

  afterAll(async () => {
    await app.close();
  });

  it('seeds Bochum venues with German and English offers and a venue operator, idempotently', async () => {
    const count = async () =>
      (
        await app.sql<{ venues: number; offers: number }>(
          'SELECT (SELECT count(*)::int FROM venues) AS venues, (SELECT count(*)::int FROM offers) AS offers',
        )
      )[0];
    const first = await count();
    expect(first.venues).toBeGreaterThanOrEqual(8);
    const kinds = await app.sql<{ kind: string }>('SELECT DISTINCT kind::text FROM venues ORDER BY 1');
    expect(kinds.map((row) => row.kind)).toEqual(['library', 'museum', 'planetarium', 'pool', 'theatre', 'zoo']);
    expect(await app.sql(`SELECT 1 FROM offers WHERE title_de = '' OR title_en = ''`)).toHaveLength(0);
    const [operator] = await app.sql<{ name: string; roles: string }>(
      `SELECT v.name, a.roles::text FROM venue_operators o JOIN venues v ON v.id = o.venue_id JOIN accounts a ON a.id = o.account_id WHERE a.email = $1`,
      [DEMO_VENUE_OPERATOR_EMAIL],
    );
    expect(operator).toEqual({ name: 'Stadtbad Bochum', roles: '{venue_operator}' });
    await app.app.get(VenueDemoSeed).seed();
    expect(await count()).toEqual(first);
  });
});
