import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseWzCorrespondence, type WzCorrespondence } from './wz-correspondence.js';
import { parseWzGenericode, readWzGenericodeVersion, type ParsedWzEdition } from './wz-genericode.js';
import { readWzKeywords, type WzKind } from './wz-keywords.js';

/** The official lists shipped with the project (gzip-compressed XÖV genericode, see data/README.md). */
export const BUILTIN_WZ_FILES = {
  wz2008: 'WZ_2008_DE_2025-09-29.xml.gz',
  wz2025: 'WZ_2025_DE_2025-08-19.xml.gz',
  correspondences: 'WZ2025-2025-08-19-Correspondences.xml.gz',
} as const;

/** Reads a genericode file, plain or gzip-compressed (by its `.gz` name). */
export function readGenericodeFile(file: string): string {
  const bytes = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** The editions that ship with the project; which one an installation uses is the setting `WZ_EDITION`. */
export const BUILTIN_WZ_CLASSIFICATIONS = ['WZ 2008', 'WZ 2025'] as const;
export type BuiltinWzClassification = (typeof BUILTIN_WZ_CLASSIFICATIONS)[number];

const parsedByFile = new Map<string, ParsedWzEdition>();
const correspondenceByDirectory = new Map<string, WzCorrespondence>();

function builtinWzFile(dataDir: string, classification: BuiltinWzClassification): string {
  return path.join(dataDir, classification === 'WZ 2025' ? BUILTIN_WZ_FILES.wz2025 : BUILTIN_WZ_FILES.wz2008);
}

/**
 * The published version of the built-in edition, from the file's header only: a start compares it
 * with the loaded edition and parses the whole list (a few hundred ms) only when they differ.
 */
export function builtinWzVersion(dataDir: string, classification: BuiltinWzClassification = 'WZ 2008'): string {
  const file = builtinWzFile(dataDir, classification);
  return (
    parsedByFile.get(file)?.version ??
    readWzGenericodeVersion(readGenericodeFile(file)) ??
    builtinWzEdition(dataDir, classification).version
  );
}

/** The complete edition that a fresh installation starts with, WZ 2008 unless configured (parsed once per process). */
export function builtinWzEdition(dataDir: string, classification: BuiltinWzClassification = 'WZ 2008'): ParsedWzEdition {
  const file = builtinWzFile(dataDir, classification);
  let parsed = parsedByFile.get(file);
  if (!parsed) {
    parsed = parseWzGenericode(readGenericodeFile(file));
    parsedByFile.set(file, parsed);
  }
  return parsed;
}

/** The built-in edition as `ensureBuiltinWzEdition` takes it: its version cheaply, the whole list when needed. */
export function builtinWzSource(dataDir: string, classification: BuiltinWzClassification = 'WZ 2008') {
  return { version: () => builtinWzVersion(dataDir, classification), edition: () => builtinWzEdition(dataDir, classification) };
}

/** The official correspondence between WZ 2008 and WZ 2025 (parsed once per process). */
export function builtinWzCorrespondence(dataDir: string): WzCorrespondence {
  let parsed = correspondenceByDirectory.get(dataDir);
  if (!parsed) {
    parsed = parseWzCorrespondence(readGenericodeFile(path.join(dataDir, BUILTIN_WZ_FILES.correspondences)));
    correspondenceByDirectory.set(dataDir, parsed);
  }
  return parsed;
}

/**
 * The kinds of business with codes of the given classification: as written for WZ 2008; for WZ 2025
 * each kind goes to every WZ 2025 subclass that takes over its WZ 2008 code (correspondence table).
 * Other classifications get none.
 */
export function wzKindsFor(dataDir: string, classification: string): WzKind[] {
  const file = readWzKeywords(dataDir);
  if (classification === file.classification) return file.kinds;
  if (classification !== 'WZ 2025' || file.classification !== 'WZ 2008') return [];
  const { toWz2025 } = builtinWzCorrespondence(dataDir);
  return file.kinds.flatMap((kind) => (toWz2025.get(kind.code) ?? []).map((code) => ({ ...kind, code })));
}
