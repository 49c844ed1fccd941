import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { initialBundle } from './initial-bundle.ts';

/**
 * `npm run budget:client` after `npm run build:client`: prints the JavaScript the landing page loads
 * (gzipped) and fails when it exceeds the budget (issue 19: a phone should not load every page's code).
 * Of about 238 KB (December 2026), React, Apollo, React Router and i18next are 169 KB and the German
 * catalogues, bundled so that the first page never waits for its texts, 53 KB.
 */
const BUDGET_KB = 250;

const distDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'client', 'dist');
const scripts = initialBundle(distDir).sort((a, b) => b.gzipBytes - a.gzipBytes);
const totalKb = scripts.reduce((sum, script) => sum + script.gzipBytes, 0) / 1024;
for (const { file, gzipBytes } of scripts) console.log(`${(gzipBytes / 1024).toFixed(1).padStart(8)} KB  ${file}`);
console.log(`initial JavaScript: ${totalKb.toFixed(1)} KB gzipped in ${scripts.length} files (budget ${BUDGET_KB} KB)`);
if (totalKb > BUDGET_KB) {
  console.error(
    `Over the budget by ${(totalKb - BUDGET_KB).toFixed(1)} KB: load the new code with its route (lazyPage) or a dynamic import().`,
  );
  process.exit(1);
}
