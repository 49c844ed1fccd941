import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createReadStream, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import * as tar from 'tar';
import { MIGRATIONS_TABLE } from '../data-source-options.js';
import { JOB_SCHEMA } from '../../common/jobs/job-queue.js';
import type { FileStorage } from '../../common/files/storage/file-storage.js';
import { LocalFileStorage } from '../../common/files/storage/local-file-storage.js';

/** Bumped when the archive's layout changes; restore refuses formats it does not know. */
const FORMAT = 1;
const SCHEMAS = ['public', JOB_SCHEMA];
/** Filled by the migrations themselves, or rebuilt by `pgboss.create_queue` on restore. */
const SKIPPED = new Set([`public.${MIGRATIONS_TABLE}`, `${JOB_SCHEMA}.version`, `${JOB_SCHEMA}.queue`]);

export interface BackupTable {
  name: string;
  columns: string[];
  rows: number;
  file: string;
}

export interface BackupManifest {
  format: number;
  createdAt: string;
  /** The migrations the database had: restore builds exactly this schema before it loads the rows. */
  migrations: string[];
  /** In an order that satisfies every foreign key. */
  tables: BackupTable[];
  sequences: { name: string; value: string }[];
  queues: Record<string, unknown>[];
  /** Whether the archive has a `files/` folder: each stored file under its storage key. */
  files: boolean;
  /** How many files, and where they came from (absent in archives of older versions). */
  fileCount?: number;
  storage?: FileStorage['kind'];
}

/** The files of a backup or restore: the configured storage, or (shorthand) a local folder. */
export type BackupFiles = { storage: FileStorage } | { filesDir: string };

export const storageOf = (files: BackupFiles): FileStorage => ('storage' in files ? files.storage : new LocalFileStorage(files.filesDir));

/** Copies every stored file into `folder/<key>`, one stream at a time; returns how many. */
async function copyFilesOut(storage: FileStorage, folder: string): Promise<number> {
  let count = 0;
  for await (const { key } of storage.list()) {
    const target = path.join(folder, ...key.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await pipeline(await storage.get(key), createWriteStream(target, { flags: 'wx', mode: 0o600 }));
    count += 1;
  }
  return count;
}

const ident = (name: string) =>
  name
    .split('.')
    .map((part) => `"${part.replace(/"/g, '""')}"`)
    .join('.');

/** Tables of the application's schemas (partitions through their parent), parents before children. */
async function tablesInDependencyOrder(client: pg.Client): Promise<{ name: string; columns: string[] }[]> {
  const { rows: tables } = await client.query<{ name: string; columns: string[] }>(
    `SELECT n.nspname || '.' || c.relname AS name,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = ANY($1) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      GROUP BY 1 ORDER BY 1`,
    [SCHEMAS],
  );
  const { rows: references } = await client.query<{ child: string; parent: string }>(
    `SELECT DISTINCT cn.nspname || '.' || cc.relname AS child, pn.nspname || '.' || pc.relname AS parent
       FROM pg_constraint k
       JOIN pg_class cc ON cc.oid = k.conrelid JOIN pg_namespace cn ON cn.oid = cc.relnamespace
       JOIN pg_class pc ON pc.oid = k.confrelid JOIN pg_namespace pn ON pn.oid = pc.relnamespace
      WHERE k.contype = 'f' AND k.conrelid <> k.confrelid AND cn.nspname = ANY($1)`,
    [SCHEMAS],
  );
  const wanted = tables.filter((table) => !SKIPPED.has(table.name));
  const ordered: typeof wanted = [];
  const placed = new Set<string>(SKIPPED);
  while (ordered.length < wanted.length) {
    const ready = wanted.filter(
      (table) =>
        !placed.has(table.name) &&
        references.every((ref) => ref.child !== table.name || placed.has(ref.parent) || !wanted.some((t) => t.name === ref.parent)),
    );
    if (ready.length === 0)
      throw new Error(
        `foreign keys form a cycle among ${wanted
          .filter((t) => !placed.has(t.name))
          .map((t) => t.name)
          .join(', ')}`,
      );
    for (const table of ready) {
      ordered.push(table);
      placed.add(table.name);
    }
  }
  return ordered;
}

/**
 * Writes a consistent backup (one REPEATABLE READ snapshot, taken while the application runs) of the
 * database's rows and the stored files (local folder or S3 bucket) into one `.tar.gz`. The schema is not dumped: it is what the
 * listed migrations build, so that restore needs no `pg_dump` of the server's exact version.
 */
export async function createBackup(options: { databaseUrl: string; output: string } & BackupFiles): Promise<BackupManifest> {
  const storage = storageOf(options);
  const staging = await mkdtemp(path.join(tmpdir(), 'eresidency-backup-'));
  const client = new pg.Client({ connectionString: options.databaseUrl, application_name: 'bochum-eresidency-backup' });
  await client.connect();
  try {
    await mkdir(path.join(staging, 'database'));
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const migrations = (await client.query<{ name: string }>(`SELECT name FROM ${ident(MIGRATIONS_TABLE)} ORDER BY id`)).rows.map(
      (row) => row.name,
    );
    const tables: BackupTable[] = [];
    for (const [index, table] of (await tablesInDependencyOrder(client)).entries()) {
      const file = `database/${String(index).padStart(3, '0')}-${table.name}.copy`;
      const columns = table.columns.map((column) => ident(column)).join(', ');
      await copyOut(client, `COPY (SELECT ${columns} FROM ${ident(table.name)}) TO STDOUT`, createWriteStream(path.join(staging, file)));
      const [{ count }] = (await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${ident(table.name)}`)).rows;
      tables.push({ name: table.name, columns: table.columns, rows: count, file });
    }
    const sequences = (
      await client.query<{ name: string; value: string }>(
        `SELECT schemaname || '.' || sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = ANY($1) AND last_value IS NOT NULL`,
        [SCHEMAS],
      )
    ).rows;
    const queues = (await client.query<Record<string, unknown>>(`SELECT * FROM ${JOB_SCHEMA}.queue ORDER BY dead_letter NULLS FIRST, name`))
      .rows;
    await client.query('COMMIT');
    const fileCount = await copyFilesOut(storage, path.join(staging, 'files'));
    const files = fileCount > 0;
    const manifest: BackupManifest = {
      format: FORMAT,
      createdAt: new Date().toISOString(),
      migrations,
      tables,
      sequences,
      queues,
      files,
      fileCount,
      storage: storage.kind,
    };
    await writeFile(path.join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2));
    await tar.create({ gzip: true, file: options.output, cwd: staging, portable: true }, [
      'manifest.json',
      'database',
      ...(files ? ['files'] : []),
    ]);
    return manifest;
  } finally {
    await client.end();
    await rm(staging, { recursive: true, force: true });
  }
}

/** Unpacks an archive for restore; the caller removes the folder. */
export async function unpackBackup(archive: string): Promise<{ folder: string; manifest: BackupManifest }> {
  const folder = await mkdtemp(path.join(tmpdir(), 'eresidency-restore-'));
  await tar.extract({ file: archive, cwd: folder });
  const manifest = JSON.parse(await readFile(path.join(folder, 'manifest.json'), 'utf8')) as BackupManifest;
  if (manifest.format !== FORMAT) throw new Error(`backup format ${manifest.format} is not supported (this version reads ${FORMAT})`);
  return { folder, manifest };
}

/** Loads the archive's rows into a database whose schema the backup's migrations just built, in one transaction. */
export async function loadRows(databaseUrl: string, folder: string, manifest: BackupManifest): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'bochum-eresidency-restore' });
  await client.connect();
  try {
    await client.query('BEGIN');
    for (const queue of manifest.queues) {
      await client.query(`SELECT ${JOB_SCHEMA}.create_queue($1, $2::json)`, [
        queue.name,
        {
          policy: queue.policy,
          retryLimit: queue.retry_limit,
          retryDelay: queue.retry_delay,
          retryBackoff: queue.retry_backoff,
          expireInSeconds: queue.expire_seconds,
          retentionMinutes: queue.retention_minutes,
          deadLetter: queue.dead_letter,
        },
      ]);
    }
    for (const table of manifest.tables) {
      const columns = table.columns.map((column) => ident(column)).join(', ');
      await pipeline(
        createReadStream(path.join(folder, table.file)),
        client.query(copyFrom(`COPY ${ident(table.name)} (${columns}) FROM STDIN`)),
      );
    }
    for (const sequence of manifest.sequences)
      await client.query('SELECT setval($1::regclass, $2::bigint, true)', [ident(sequence.name), sequence.value]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * `COPY … TO STDOUT` into `destination`, resolved once the client is ready for its next query: the
 * stream ends at the server's CopyDone, and the client is idle only at the ReadyForQuery after it
 * (a query sent in between would be queued on a busy client).
 */
async function copyOut(client: pg.Client, sql: string, destination: NodeJS.WritableStream): Promise<void> {
  const stream = copyTo(sql) as ReturnType<typeof copyTo> & { handleReadyForQuery(): void };
  const ready = new Promise<void>((resolve) => {
    const handle = stream.handleReadyForQuery.bind(stream);
    stream.handleReadyForQuery = () => {
      handle();
      resolve();
    };
  });
  await Promise.all([pipeline(client.query(stream), destination), ready]);
}
