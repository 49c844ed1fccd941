/**
 * `backup <file.tar.gz>` writes the database's rows and the uploaded files into one archive while the
 * application runs; `restore <file.tar.gz>` loads one into an empty database and file folder.
 * Both use DATABASE_URL (or the embedded server under DATA_DIR) and the file storage (the S3 bucket
 * with STORAGE_S3_BUCKET, else FILES_DIR), like the application.
 */
import path from 'node:path';
import { closeFileStorage, fileStorageFromConfig } from '../../common/files/storage/file-storage-from-config.js';
import { loadConfig } from '../../config/app-config.js';
import { connectDatabaseServer } from '../database-server.js';
import { createBackup } from './backup-archive.js';
import { restoreBackup } from './restore.js';

async function main(): Promise<void> {
  const [command, file] = process.argv.slice(2);
  if (!['backup', 'restore'].includes(command) || !file) throw new Error('Usage: backup-cli.js backup|restore <file.tar.gz>');
  const config = loadConfig({ SEED_DEMO_DATA: '0' });
  const server = await connectDatabaseServer(config, (message) => console.log(message));
  const storage = fileStorageFromConfig(config.files);
  try {
    const archive = path.resolve(file);
    const manifest =
      command === 'backup'
        ? await createBackup({ databaseUrl: server.url, storage, output: archive })
        : await restoreBackup({ archive, databaseUrl: server.url, storage });
    const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    console.log(
      `${command === 'backup' ? 'Wrote' : 'Restored'} ${archive}: ${rows} rows in ${manifest.tables.length} tables, ${manifest.migrations.length} migrations, ${manifest.fileCount ?? (manifest.files ? 'some' : 'no')} files (${storage.kind} storage) (taken ${manifest.createdAt})`,
    );
  } finally {
    closeFileStorage(storage);
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
