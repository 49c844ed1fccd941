import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseWzGenericode, type ParsedWzEdition } from './wz-genericode.js';

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

const parsedByDirectory = new Map<string, ParsedWzEdition>();

/** The complete WZ 2008 edition that a fresh installation starts with (parsed once per process). */
export function builtinWzEdition(dataDir: string): ParsedWzEdition {
  let parsed = parsedByDirectory.get(dataDir);
  if (!parsed) {
    parsed = parseWzGenericode(readGenericodeFile(path.join(dataDir, BUILTIN_WZ_FILES.wz2008)));
    parsedByDirectory.set(dataDir, parsed);
  }
  return parsed;
}
