import path from 'node:path';
import type { AppConfig } from '../config/app-config.js';
import { ensureDatabaseExists, startEmbeddedPostgres, withDatabase } from './embedded-postgres.js';

export interface DatabaseConnection {
  url: string;
  embedded: boolean;
  /** Stops the embedded server; a no-op for an external one. */
  stop(): Promise<void>;
}

const APP_DATABASE = 'bochum_eresidency';

/** Uses DATABASE_URL, or starts the embedded PostgreSQL under DATA_DIR/postgres. */
export async function connectDatabaseServer(config: AppConfig, log: (message: string) => void): Promise<DatabaseConnection> {
  if (config.database.url) {
    return { url: config.database.url, embedded: false, stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres(path.join(config.database.dataDir, 'postgres'), config.database.embeddedPassword, log);
  await ensureDatabaseExists(server.adminUrl, APP_DATABASE);
  return { url: withDatabase(server.adminUrl, APP_DATABASE), embedded: true, stop: server.stop };
}
