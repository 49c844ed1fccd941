/**
 * Migration tooling: `generate <Name>`, `run`, `revert`, `check`.
 * Uses DATABASE_URL, or the embedded server under DATA_DIR like the app does.
 */
import 'reflect-metadata';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config.js';
import { PROJECT_ROOT } from '../common/project-root.js';
import { connectDatabaseServer } from './database-server.js';
import { dataSourceOptions } from './data-source-options.js';
import { ALL_ENTITIES } from './entities.js';
import { runMigrationsLocked } from './migration-runner.js';

const MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'migrations');

async function pendingSchemaChanges(dataSource: DataSource) {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql;
}

const quote = (query: string) => query.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
const params = (parameters?: unknown[]) => (parameters?.length ? `, ${JSON.stringify(parameters)}` : '');

function writeMigration(
  name: string,
  up: { query: string; parameters?: unknown[] }[],
  down: { query: string; parameters?: unknown[] }[],
): string {
  const timestamp = Date.now();
  const pascal = name.replace(/(^|[-_\s]+)(\w)/g, (_, __, letter: string) => letter.toUpperCase());
  const className = `${pascal}${timestamp}`;
  const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${up.map((q) => `    await queryRunner.query(\`${quote(q.query)}\`${params(q.parameters)});`).join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${down
  .reverse()
  .map((q) => `    await queryRunner.query(\`${quote(q.query)}\`${params(q.parameters)});`)
  .join('\n')}
  }
}
`;
  const file = path.join(MIGRATIONS_DIR, `${timestamp}-${pascal}.ts`);
  writeFileSync(file, body);
  writeMigrationIndex();
  return file;
}

/** Rewrites migrations/index.ts to list every migration file, oldest first. */
export function writeMigrationIndex(): void {
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((file) => /^\d{13}-\w+\.ts$/.test(file))
    .sort();
  const imports = files.map((file, i) => `import * as m${i} from './${file.replace(/\.ts$/, '.js')}';`);
  const body = `// Maintained by \`npm run migration:generate\`: every migration, oldest first.
${imports.join('\n')}

export const ALL_MIGRATIONS: Function[] = [${files.map((_, i) => `m${i}`).join(', ')}].flatMap((module) => Object.values(module) as Function[]);
`;
  writeFileSync(path.join(MIGRATIONS_DIR, 'index.ts'), body);
}

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  const config = loadConfig({ SEED_DEMO_DATA: '0' });
  const server = await connectDatabaseServer(config, (message) => console.log(message));
  const dataSource = new DataSource({ ...dataSourceOptions(server.url, 2, ALL_ENTITIES), logging: ['error'] });
  await dataSource.initialize();
  try {
    switch (command) {
      case 'run': {
        const applied = await runMigrationsLocked(dataSource);
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migrations.');
        break;
      }
      case 'revert':
        await dataSource.undoLastMigration({ transaction: 'each' });
        console.log('Reverted the last migration.');
        break;
      case 'generate': {
        if (!name || !/^[A-Za-z][\w-]*$/.test(name)) throw new Error('Usage: npm run migration:generate -- <PascalName>');
        await runMigrationsLocked(dataSource);
        const sql = await pendingSchemaChanges(dataSource);
        if (sql.upQueries.length === 0) {
          console.log('The entities match the migrated schema: nothing to generate.');
          break;
        }
        console.log(`Wrote ${writeMigration(name, sql.upQueries, sql.downQueries)}`);
        break;
      }
      case 'check': {
        await runMigrationsLocked(dataSource);
        const sql = await pendingSchemaChanges(dataSource);
        if (sql.upQueries.length > 0) {
          console.error('Entities and migrations disagree; a migration is missing:');
          for (const query of sql.upQueries) console.error(`  ${query.query}`);
          process.exitCode = 1;
        } else {
          console.log('Migrations are up to date with the entities.');
        }
        break;
      }
      default:
        throw new Error('Usage: cli.js generate <Name> | run | revert | check');
    }
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
