/**
 * `npm run bench`: every bench one after another (graphql, verify, pki, wz, live, start), each as it runs alone,
 * and their figures with the date, the machine and its load average in bench/results.json.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { run as graphql } from './graphql-me.bench.js';
import { run as live } from './live.bench.js';
import { run as pki } from './pki.bench.js';
import { ROOT } from './support/processes.js';
import { run as start } from './start.bench.js';
import { run as verify } from './verify.bench.js';
import { run as wz } from './wz-search.bench.js';

const BENCHES: [string, () => Promise<unknown>][] = [
  ['graphql', graphql],
  ['verify', verify],
  ['pki', pki],
  ['wz', wz],
  ['live', live],
  ['start', start],
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const results: Record<string, unknown> = {};
  const loadAverage = (): number[] => loadavg().map((value) => Number(value.toFixed(2)));
  const started = new Date();
  const before = loadAverage();
  for (const [name, bench] of BENCHES) {
    if (only.length > 0 && !only.includes(name)) continue;
    console.log(`\n== ${name} ==`);
    const benchStarted = new Date().toISOString();
    const benchLoad = loadAverage();
    try {
      results[name] = { date: benchStarted, loadAverageBefore: benchLoad, ...((await bench()) as object) };
    } catch (error) {
      // One bench failing (e.g. a setup step) does not cost the others' figures; the failure is recorded.
      console.error(error);
      results[name] = { failed: error instanceof Error ? error.message : String(error) };
      process.exitCode = 1;
    }
  }
  const file = path.join(ROOT, 'bench/results.json');
  // `npm run bench -- verify pki` runs some: the others' last figures stay in the file, with their own dates.
  const previous =
    only.length > 0 && existsSync(file)
      ? ((JSON.parse(readFileSync(file, 'utf8')) as { results?: Record<string, unknown> }).results ?? {})
      : {};
  const report = {
    date: started.toISOString(),
    durationSeconds: Math.round((Date.now() - started.getTime()) / 1000),
    machine: {
      cores: availableParallelism(),
      cpu: cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    loadAverage: { before, after: loadAverage() },
    results: { ...previous, ...results },
  };
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwritten to ${path.relative(process.cwd(), file)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
