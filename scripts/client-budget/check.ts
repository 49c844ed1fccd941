import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { initialBundle } from './initial-bundle.ts';

/**
 * `npm run budget:client` after `npm run build:client`: prints the JavaScript the landing page loads
 * (gzipped) and fails when it exceeds the budget (issue 19: a phone should not load every page's code).
 * That is the entry, its static imports and the German texts of the first page (START_TEXTS in
 * client/src/i18n/startTexts.ts), fetched before it shows; another language's are about the same.
 * December 2026: 194 KB, of which React 66, Apollo with graphql and rxjs about 40, React Router 31,
 * i18next with react-i18next 18, the app's own code about 25 (the news documents of the signed-in
 * landing page 6.5), the texts 4.
 */
const BUDGET_KB = 200;

/** Fetched by the landing page before it shows, not listed in index.html. */
const FETCHED_FIRST = [/^locale-de-start-[\w-]+\.js$/];

const distDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'client', 'dist');
const scripts = initialBundle(distDir, FETCHED_FIRST).sort((a, b) => b.gzipBytes - a.gzipBytes);
const totalKb = scripts.reduce((sum, script) => sum + script.gzipBytes, 0) / 1024;
for (const { file, gzipBytes } of scripts) console.log(`${(gzipBytes / 1024).toFixed(1).padStart(8)} KB  ${file}`);
console.log(`initial JavaScript: ${totalKb.toFixed(1)} KB gzipped in ${scripts.length} files (budget ${BUDGET_KB} KB)`);
if (totalKb > BUDGET_KB) {
  console.error(
    `Over the budget by ${(totalKb - BUDGET_KB).toFixed(1)} KB: load the new code with its route (lazyPage) or a dynamic import().`,
  );
  process.exit(1);
}
