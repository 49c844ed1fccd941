import { createReadStream } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { ALL_MIGRATIONS } from '../../../migrations/index.js';
import { dataSourceOptions, MIGRATIONS_TABLE } from '../data-source-options.js';
import { ALL_ENTITIES } from '../entities.js';
import { runMigrationsLocked } from '../migration-runner.js';
import type { FileStorage } from '../../common/files/storage/file-storage.js';
import { loadRows, storageOf, unpackBackup, type BackupFiles, type BackupManifest } from './backup-archive.js';

const migrationName = (migration: Function) => (new (migration as new () => { name?: string })().name ?? migration.name) as string;

async function migrate(databaseUrl: string, migrations: Function[]): Promise<void> {
  const dataSource = new DataSource({ ...dataSourceOptions(databaseUrl, 2, ALL_ENTITIES), migrations, logging: ['error'] });
  await dataSource.initialize();
  try {
    await runMigrationsLocked(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

async function isEmpty(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ present: boolean }>('SELECT to_regclass($1) IS NOT NULL AS present', [MIGRATIONS_TABLE]);
    return !rows[0].present;
  } finally {
    await client.end();
  }
}

/** The archive's files as storage keys (paths under its `files/` folder). */
async function archivedFiles(folder: string, manifest: BackupManifest): Promise<string[]> {
  if (!manifest.files) return [];
  const root = path.join(folder, 'files');
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** Refuses a storage that already holds one of the archive's files, before anything is written. */
async function assertNoneStored(storage: FileStorage, keys: string[]): Promise<void> {
  for (const key of keys) {
    if (await storage.head(key)) throw new Error(`restore needs an empty file storage: ${key} is already stored`);
  }
}

/**
 * Restores an archive of `createBackup` into an empty database and file storage (local folder or S3 bucket): builds the schema the
 * backup had (its migrations), loads the rows in one transaction, then applies the migrations this
 * version has beyond it, so that a backup of an older release restores into a newer one.
 */
export async function restoreBackup(options: { archive: string; databaseUrl: string } & BackupFiles): Promise<BackupManifest> {
  const storage = storageOf(options);
  if (!(await isEmpty(options.databaseUrl))) throw new Error('restore needs an empty database: this one has already been migrated');
  const { folder, manifest } = await unpackBackup(options.archive);
  try {
    const known = new Map(ALL_MIGRATIONS.map((migration) => [migrationName(migration), migration]));
    const unknown = manifest.migrations.filter((name) => !known.has(name));
    if (unknown.length > 0) throw new Error(`the backup comes from a newer version (migrations ${unknown.join(', ')} are unknown here)`);
    const keys = await archivedFiles(folder, manifest);
    await assertNoneStored(storage, keys);
    await migrate(
      options.databaseUrl,
      manifest.migrations.map((name) => known.get(name)!),
    );
    await loadRows(options.databaseUrl, folder, manifest);
    await migrate(options.databaseUrl, ALL_MIGRATIONS);
    for (const key of keys) {
      const file = path.join(folder, 'files', ...key.split('/'));
      await storage.put(key, createReadStream(file), { sizeBytes: (await stat(file)).size });
    }
    return manifest;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
