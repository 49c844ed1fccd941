/**
 * Staff load an edition of the WZ code list: `npm run import:wz -- <genericode file, plain or .gz>`.
 * Uses DATABASE_URL, or the embedded server under DATA_DIR like the app does. Migrates first, then
 * imports in one transaction; the same edition twice changes nothing but makes it current again.
 */
import 'reflect-metadata';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../config/app-config.js';
import { connectDatabaseServer } from '../../database/database-server.js';
import { dataSourceOptions } from '../../database/data-source-options.js';
import { ALL_ENTITIES } from '../../database/entities.js';
import { runMigrationsLocked } from '../../database/migration-runner.js';
import { readGenericodeFile } from './builtin-wz-edition.js';
import { parseWzGenericode } from './wz-genericode.js';
import { importWzEdition, type WzImportResult } from './wz-importer.js';

export async function importWzFile(dataSource: DataSource, file: string): Promise<WzImportResult> {
  const parsed = parseWzGenericode(readGenericodeFile(file));
  return importWzEdition(dataSource, parsed, 'import');
}

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error('Usage: npm run import:wz -- <path to WZ genericode XML, plain or .gz>');
  const config = loadConfig({ SEED_DEMO_DATA: '0' });
  const server = await connectDatabaseServer(config, (message) => console.log(message));
  const dataSource = new DataSource({ ...dataSourceOptions(server.url, 2, ALL_ENTITIES), logging: ['error'] });
  await dataSource.initialize();
  try {
    await runMigrationsLocked(dataSource);
    const result = await importWzFile(dataSource, path.resolve(file));
    console.log(
      result.created
        ? `Imported ${result.version}: ${result.codeCount} codes; it is now the current edition.`
        : `${result.version} was imported before (${result.codeCount} codes); it is now the current edition.`,
    );
  } finally {
    await dataSource.destroy();
    await server.stop();
  }
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
