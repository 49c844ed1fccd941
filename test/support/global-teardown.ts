import pg from 'pg';

export default async function globalTeardown(): Promise<void> {
  const template = process.env.TEST_TEMPLATE_DATABASE;
  if (template && process.env.TEST_DATABASE_URL) {
    const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS "${template}"`);
    } finally {
      await client.end();
    }
  }
  const server = (globalThis as { __testDatabaseServer?: { stop(): Promise<void> } }).__testDatabaseServer;
  await server?.stop();
}
