/**
 * `npm run pki:init`: creates the city CA (root RSA 4096, issuing CA RSA 3072) and the economic
 * development office's signature key, once, in the configured database (migrations must have run).
 * Production never creates a CA silently at start; this is the deliberate step. Idempotent.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config.js';
import { connectDatabaseServer } from '../database/database-server.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { ALL_ENTITIES } from '../database/entities.js';
import { createAuthoritiesIfMissing, loadAuthority } from './authority/authority-setup.js';
import { PkiAuthorityKey, PkiAuthorityRole } from './entities/pki-authority-key.entity.js';

async function main(): Promise<void> {
  const config = loadConfig({ SEED_DEMO_DATA: '0' });
  const server = await connectDatabaseServer(config, (message) => console.log(message));
  const dataSource = new DataSource({ ...dataSourceOptions(server.url, 2, ALL_ENTITIES), logging: ['error'] });
  await dataSource.initialize();
  try {
    const created = await createAuthoritiesIfMissing(dataSource, config.pki);
    const rows = await dataSource.manager.find(PkiAuthorityKey);
    // Decrypting proves the passphrase in the environment opens the stored keys.
    for (const row of rows) {
      try {
        loadAuthority(row, config.pki.keyPassphrase);
      } catch {
        throw new Error(`PKI_KEY_PASSPHRASE does not open the stored ${row.role} key.`);
      }
    }
    console.log(created ? 'Created the city CA.' : 'The city CA exists already; nothing changed.');
    for (const role of [PkiAuthorityRole.root, PkiAuthorityRole.issuing, PkiAuthorityRole.office_economic_development]) {
      const row = rows.find((candidate) => candidate.role === role);
      if (row) console.log(`  ${role.padEnd(28)} serial ${row.serialHex}  valid until ${row.notAfter.toISOString().slice(0, 10)}`);
    }
  } finally {
    await dataSource.destroy();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
