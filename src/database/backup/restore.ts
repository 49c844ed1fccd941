import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { ALL_MIGRATIONS } from '../../../migrations/index.js';
import { dataSourceOptions, MIGRATIONS_TABLE } from '../data-source-options.js';
import { ALL_ENTITIES } from '../entities.js';
import { runMigrationsLocked } from '../migration-runner.js';
import { loadRows, unpackBackup, type BackupManifest } from './backup-archive.js';

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

/**
 * Restores an archive of `createBackup` into an empty database and file folder: builds the schema the
 * backup had (its migrations), loads the rows in one transaction, then applies the migrations this
 * version has beyond it, so that a backup of an older release restores into a newer one.
 */
export async function restoreBackup(options: { archive: string; databaseUrl: string; filesDir: string }): Promise<BackupManifest> {
  if (!(await isEmpty(options.databaseUrl))) throw new Error('restore needs an empty database: this one has already been migrated');
  const { folder, manifest } = await unpackBackup(options.archive);
  try {
    const known = new Map(ALL_MIGRATIONS.map((migration) => [migrationName(migration), migration]));
    const unknown = manifest.migrations.filter((name) => !known.has(name));
    if (unknown.length > 0) throw new Error(`the backup comes from a newer version (migrations ${unknown.join(', ')} are unknown here)`);
    await migrate(
      options.databaseUrl,
      manifest.migrations.map((name) => known.get(name)!),
    );
    await loadRows(options.databaseUrl, folder, manifest);
    await migrate(options.databaseUrl, ALL_MIGRATIONS);
    if (manifest.files) await cp(path.join(folder, 'files'), options.filesDir, { recursive: true, errorOnExist: true, force: false });
    return manifest;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
