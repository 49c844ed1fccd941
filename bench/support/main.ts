import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Runs `run` when the module is the process's entry point (`node dist/bench/x.bench.js`), not when `bench/all` imports it. */
export function runIfMain(moduleUrl: string, run: () => Promise<unknown>): void {
  if (!process.argv[1] || path.resolve(process.argv[1]) !== fileURLToPath(moduleUrl)) return;
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
