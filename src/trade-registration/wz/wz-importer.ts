import type { DataSource, EntityManager } from 'typeorm';
import { WzCode } from '../entities/wz-code.entity.js';
import { WzEdition } from '../entities/wz-edition.entity.js';
import { DEFAULT_WZ_CODES, DEFAULT_WZ_EDITION } from './default-wz-codes.js';
import type { ParsedWzCode, ParsedWzEdition } from './wz-genericode.js';
import { normaliseWz } from './wz-search-text.js';

export interface WzImportResult {
  editionId: string;
  version: string;
  codeCount: number;
  /** False when the same edition was there already (it is made current again, nothing else changes). */
  created: boolean;
}

const CHUNK = 500;

/** The built-in excerpt as a parsed edition (parents: the nearest code one level up in the list). */
export function defaultWzEdition(): ParsedWzEdition {
  const lastAtLevel: string[] = [];
  const codes: ParsedWzCode[] = DEFAULT_WZ_CODES.map(([code, level, title]) => {
    lastAtLevel[level] = code;
    return { code, level, parentCode: level > 1 ? lastAtLevel[level - 1] : null, title, longTitle: null, searchText: normaliseWz(title) };
  });
  return { ...DEFAULT_WZ_EDITION, codes };
}

/**
 * Loads an edition in one transaction and makes it the current one. Importing an edition that is
 * there already (same published version) only makes it current: idempotent.
 */
export async function importWzEdition(dataSource: DataSource, parsed: ParsedWzEdition, source: 'import' | 'builtin'): Promise<WzImportResult> {
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['wz-import']);
    return importInTransaction(manager, parsed, source);
  });
}

/** Loads the built-in excerpt when no edition exists at all (a fresh clone); otherwise nothing. */
export async function ensureSomeWzEdition(dataSource: DataSource): Promise<WzImportResult | null> {
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['wz-import']);
    if (await manager.exists(WzEdition)) return null;
    return importInTransaction(manager, defaultWzEdition(), 'builtin');
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
