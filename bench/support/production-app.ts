import getPort from 'get-port';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { ensureDatabaseExists, startEmbeddedPostgres, withDatabase } from '../../src/database/embedded-postgres.js';
import { ROOT, startNode, stop, waitForHealthy } from './processes.js';

export interface ProductionApp {
  baseUrl: string;
  databaseUrl: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * The built app as deployed (NODE_ENV=production, its own secrets) in a child process, against an
 * embedded PostgreSQL under `dataDir` that the benchmark runs itself.
 */
export async function startProductionApp(dataDir: string, environment: Record<string, string> = {}): Promise<ProductionApp> {
  const database = await startEmbeddedPostgres(path.join(dataDir, 'postgres'), 'embedded-postgres-local', () => undefined);
  await ensureDatabaseExists(database.adminUrl, 'bochum_eresidency');
  const databaseUrl = withDatabase(database.adminUrl, 'bochum_eresidency');
  const port = await getPort({ host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${port}`;
  const app = startNode(path.join(ROOT, 'dist/src/main.js'), {
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: baseUrl,
    DATABASE_URL: databaseUrl,
    JWT_SECRET: randomBytes(32).toString('hex'),
    CARD_KEY_PASSPHRASE: randomBytes(24).toString('hex'),
    // Production refuses the development defaults: every secret and provider is set explicitly.
    EID_ISSUER_URL: `${baseUrl}/no-eid-in-benchmarks`,
    EID_CLIENT_ID: 'bochum-eresidency-bench',
    EID_CLIENT_SECRET: randomBytes(24).toString('hex'),
    BANKING_SECRETS_KEY: randomBytes(32).toString('hex'),
    PKI_KEY_PASSPHRASE: randomBytes(24).toString('hex'),
    PKI_POLICY_OID_ARC: '1.3.6.1.4.1.32473.99',
    VERIFICATION_PSEUDONYM_SECRET: randomBytes(32).toString('hex'),
    // A real provider is required; benchmarks must not send e-mail, so it points at a closed port.
    SENDGRID_API_KEY: `SG.bench-${randomBytes(16).toString('hex')}`,
    SENDGRID_API_URL: 'http://127.0.0.1:9',
    LOG_LEVEL: 'warn',
    LOG_PRETTY: '0',
    NODE_ENV: 'production',
    ...environment,
  });
  const stopAll = async () => {
    await stop(app);
    await database.stop();
  };
  try {
    await waitForHealthy(`${baseUrl}/health`);
  } catch (error) {
    await stopAll();
    throw error;
  }
  return { baseUrl, databaseUrl, pid: app.pid!, stop: stopAll };
}
