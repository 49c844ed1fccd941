/**
 * The WZ suggestion while typing (issue 6: answers in < 50 ms).
 * 1. In memory: the index over the complete WZ 2008 list and the keywords of common kinds of
 *    business (data/wz-keywords.json), every prefix of words people type.
 * 2. Through the API: `wzCodeSuggestions` on the built app (its own process, embedded PostgreSQL)
 *    after importing the complete list, the same queries one after another, as a browser sends them.
 * Everything it reads is in the checkout (src/trade-registration/wz/data); its data directory is a new one
 * under .data/. Run: `npm run bench:wz` (builds first). Prints p50/p99 of both; asserts nothing.
 * BENCH_WZ_HTTP=0 skips part 2.
 */
// The app's cookie helpers type-check through this plugin's declarations (the bench compiles src/ without src/bootstrap.ts).
import type {} from '@fastify/cookie';
import path from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { ALL_ENTITIES } from '../src/database/entities.js';
import { benchAccount, gql, startBenchApp } from './support/bench-app.js';
import { runIfMain } from './support/main.js';
import { ROOT } from './support/processes.js';
import { percentile } from './support/rounds.js';
import { importWzFile } from '../src/trade-registration/wz/import-wz-cli.js';
import { BUILTIN_WZ_FILES, readGenericodeFile, wzKindsFor } from '../src/trade-registration/wz/builtin-wz-edition.js';
import { parseWzGenericode } from '../src/trade-registration/wz/wz-genericode.js';
import { WzSearchIndex } from '../src/trade-registration/wz/wz-search.js';

const WZ_FILE = path.resolve(ROOT, 'src/trade-registration/wz/data', BUILTIN_WZ_FILES.wz2008);
const WORDS = [
  'Großhandel',
  'Handelsvermittlung',
  'Software',
  'Beratung',
  'Unternehmensberatung',
  'Ingenieurbüro',
  'Spedition',
  'Werbeagentur',
  'Übersetzen',
  'maschinen',
  'kaffee',
  'uebersetzen',
  'IT',
  'Lagerei',
  'Marktforschung',
  'Versand',
  'Internet',
  'Design',
  '62.01',
  '46',
  '7022',
  'Reparatur von Maschinen',
  'Arbeitskräfte',
  'café',
  'Mode',
  // Keywords and synonyms of the common kinds of business, in several languages.
  'Restaurant',
  'Friseur',
  'online shop',
  'Softwareentwicklung',
  'consulting',
  'Import Export',
  'Kiosk',
  'Immobilienmakler',
  'kuaför',
  'ресторан',
];

/** What arrives while someone types each word: every prefix of two characters or more. */
const QUERIES = WORDS.flatMap((word) => Array.from({ length: word.length - 1 }, (_, index) => word.slice(0, index + 2)));

function report(label: string, times: number[]) {
  const figures = {
    queries: times.length,
    p50Ms: Number(percentile(times, 50).toFixed(3)),
    p99Ms: Number(percentile(times, 99).toFixed(3)),
    maxMs: Number(Math.max(...times).toFixed(3)),
  };
  console.log(`${label}: ${figures.queries} queries, p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms, max ${figures.maxMs} ms`);
  return { label, ...figures };
}

function inMemory() {
  const edition = parseWzGenericode(readGenericodeFile(WZ_FILE));
  const index = new WzSearchIndex(edition.codes, wzKindsFor(path.dirname(WZ_FILE), edition.classification));
  for (const query of QUERIES) index.search(query, 10);
  const times: number[] = [];
  for (let round = 0; round < 20; round += 1) {
    for (const query of QUERIES) {
      const started = performance.now();
      index.search(query, 10);
      times.push(performance.now() - started);
    }
  }
  return report(`in memory (${edition.codes.length} codes with keywords)`, times);
}

async function throughApi() {
  const app = await startBenchApp('wz');
  const sql = new pg.Client({ connectionString: app.databaseUrl });
  const dataSource = new DataSource({ ...dataSourceOptions(app.databaseUrl, 2, ALL_ENTITIES), logging: ['error'] });
  try {
    await sql.connect();
    await dataSource.initialize();
    const imported = await importWzFile(dataSource, WZ_FILE);
    console.log(`imported ${imported.version}: ${imported.codeCount} codes`);
    const login = await benchAccount(app.baseUrl, sql);
    const query = 'query($q: String!) { wzCodeSuggestions(query: $q, first: 10) { code title } }';
    // The app checks for a newer current edition at most every 30 s; wait until it serves the import.
    const deadline = Date.now() + 40_000;
    while (
      (await gql(app.baseUrl, '{ currentWzEdition { codeCount } }', {}, login.token)).currentWzEdition.codeCount !== imported.codeCount
    ) {
      if (Date.now() > deadline) throw new Error('the app did not pick up the imported edition');
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    for (const q of QUERIES.slice(0, 20)) await gql(app.baseUrl, query, { q }, login.token);
    const times: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      for (const q of QUERIES) {
        const started = performance.now();
        await gql(app.baseUrl, query, { q }, login.token);
        times.push(performance.now() - started);
      }
    }
    return report('through the API (HTTP round trip)', times);
  } finally {
    await sql.end().catch(() => undefined);
    if (dataSource.isInitialized) await dataSource.destroy();
    await app.stop();
  }
}

export async function run() {
  const memory = inMemory();
  const api = process.env.BENCH_WZ_HTTP !== '0' ? await throughApi() : null;
  return { title: 'wz suggestions (goal < 50 ms)', inMemory: memory, throughApi: api };
}

runIfMain(import.meta.url, run);
