import pg from 'pg';

export default async function globalTeardown(): Promise<void> {
  const template = process.env.TEST_TEMPLATE_DATABASE;
  if (template && process.env.TEST_DATABASE_URL) {
    const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS "${template}"`);
      // The test databases whose drop was still under way when the last files ended (test/support/test-app.ts).
      const prefix = `test_${process.env.TEST_RUN_ID}_`;
      const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE left(datname, length($1)) = $1', [
        prefix,
      ]);
      for (const { datname } of process.env.TEST_RUN_ID ? rows : [])
        await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    } finally {
      await client.end();
    }
  }
  const server = (globalThis as { __testDatabaseServer?: { stop(): Promise<void> } }).__testDatabaseServer;
  await server?.stop();
}
