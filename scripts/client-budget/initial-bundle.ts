import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The scripts a browser loads before the first page shows: the entry module of index.html and the
 * chunks it imports statically, which Vite lists as modulepreload links. Pages fetched with their
 * route (client/src/utils/lazyPage.ts) are not among them; the texts the first page fetches before
 * it shows are added by initialBundle.
 */
export function initialScripts(indexHtml: string): string[] {
  const entries = [...indexHtml.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]);
  const preloads = [...indexHtml.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((match) => match[1]);
  return [...new Set([...entries, ...preloads])];
}

/**
 * Each initial script of a built client (client/dist) with its gzipped size in bytes: those of
 * index.html and the chunks in assets/ whose names match `fetchedFirst` (what the first page fetches
 * before it shows, e.g. its translation texts). A pattern that matches no chunk fails: the budget
 * would silently leave it out.
 */
export function initialBundle(distDir: string, fetchedFirst: readonly RegExp[] = []): Array<{ file: string; gzipBytes: number }> {
  const scripts = initialScripts(readFileSync(path.join(distDir, 'index.html'), 'utf8'));
  if (scripts.length === 0) throw new Error(`${distDir}/index.html loads no module script`);
  const assets = readdirSync(path.join(distDir, 'assets'));
  for (const pattern of fetchedFirst) {
    const matches = assets.filter((file) => pattern.test(file));
    if (matches.length !== 1) throw new Error(`${pattern} matches ${matches.length} chunks in ${distDir}/assets, not one`);
    scripts.push(`/assets/${matches[0]}`);
  }
  return [...new Set(scripts)].map((file) => ({ file, gzipBytes: gzipSync(readFileSync(path.join(distDir, file))).length }));
}
