/**
 * The load generator in a process of its own (so it never shares an event loop with what it measures):
 * `node load-process.js <options.json>` runs autocannon once and prints one JSON line with the figures.
 */
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';

export interface LoadOptions {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** One body for every request, or a JSON file with an array of bodies sent in turn. */
  body?: string;
  bodiesFile?: string;
  connections: number;
  seconds: number;
}

export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
}

async function main(): Promise<void> {
  const options = JSON.parse(readFileSync(process.argv[2], 'utf8')) as LoadOptions;
  const bodies = options.bodiesFile ? (JSON.parse(readFileSync(options.bodiesFile, 'utf8')) as string[]) : undefined;
  let next = 0;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        method: options.method ?? 'POST',
        headers: options.headers ?? {},
        ...(bodies
          ? { setupRequest: (request: autocannon.Request) => ({ ...request, body: bodies[next++ % bodies.length] }) }
          : { body: options.body }),
      },
    ],
  });
  const figures: LoadFigures = {
    requestsPerSecond: Math.round(result.requests.total / options.seconds),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
