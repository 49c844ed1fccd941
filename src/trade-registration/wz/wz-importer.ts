import type { DataSource, EntityManager } from 'typeorm';
import { WzCode } from '../entities/wz-code.entity.js';
import { WzEdition } from '../entities/wz-edition.entity.js';
import type { ParsedWzEdition } from './wz-genericode.js';

export interface WzImportResult {
  editionId: string;
  version: string;
  codeCount: number;
  /** False when the same edition was there already (it is made current again, nothing else changes). */
  created: boolean;
}

const CHUNK = 500;

/**
 * Loads an edition in one transaction and makes it the current one. Importing an edition that is
 * there already (same published version) only makes it current: idempotent.
 */
export async function importWzEdition(
  dataSource: DataSource,
  parsed: ParsedWzEdition,
  source: 'import' | 'builtin',
): Promise<WzImportResult> {
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['wz-import']);
    return importInTransaction(manager, parsed, source);
  });
}

/**
 * Loads the built-in edition when there is none yet (a fresh installation), or when the current one
 * is an older built-in edition (an installation that started with an earlier release's list).
 * An edition that staff imported is never replaced.
 */
export async function ensureBuiltinWzEdition(
  dataSource: DataSource,
  builtin: { version: () => string; edition: () => ParsedWzEdition },
): Promise<WzImportResult | null> {
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['wz-import']);
    const current = await manager.findOne(WzEdition, { where: { isCurrent: true }, select: { id: true, source: true, version: true } });
    if (current && current.source !== 'builtin') return null;
    if (current?.version === builtin.version()) return null;
    return importInTransaction(manager, builtin.edition(), 'builtin');
  });
}

async function importInTransaction(manager: EntityManager, parsed: ParsedWzEdition, source: 'import' | 'builtin'): Promise<WzImportResult> {
  const existing = await manager.findOneBy(WzEdition, { version: parsed.version });
  await manager.update(WzEdition, { isCurrent: true }, { isCurrent: false });
  if (existing) {
    await manager.update(WzEdition, { id: existing.id }, { isCurrent: true });
    return { editionId: existing.id, version: existing.version, codeCount: existing.codeCount, created: false };
  }
  const edition = await manager.save(
    manager.create(WzEdition, {
      classification: parsed.classification,
      version: parsed.version,
      longName: parsed.longName,
      source,
      codeCount: parsed.codes.length,
      isCurrent: true,
    }),
  );
  for (let start = 0; start < parsed.codes.length; start += CHUNK) {
    await manager.insert(
      WzCode,
      parsed.codes.slice(start, start + CHUNK).map((code) => ({ editionId: edition.id, ...code })),
    );
  }
  return { editionId: edition.id, version: edition.version, codeCount: parsed.codes.length, created: true };
}
