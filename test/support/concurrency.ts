import request from 'supertest';
import { ConnectionDiscipline } from '../../src/database/connection-discipline.js';
import { graphql } from './graphql.js';
import type { TestApp } from './test-app.js';

/** The longest any probe may take while a burst runs: the server must keep answering everyone else. */
export const RESPONSIVE_WITHIN_MS = 4_000;

export interface Responsiveness {
  /** The slowest answer of /health and of the bystander's `me`, in ms. */
  slowestHealthMs: number;
  slowestMeMs: number;
  probes: number;
  /** Answers that were not 200 / not the bystander's own account. */
  failures: string[];
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = Date.now();
  const result = await work();
  return [result, Date.now() - started];
}

/**
 * Runs `burst` while another signed-in person (`bystanderToken`) keeps asking `me` and /health,
 * one probe after the other; a probe that is still open when the burst ends is waited for.
 */
export async function whileProbing<T>(
  app: TestApp,
  bystanderToken: string,
  burst: () => Promise<T>,
): Promise<{ result: T; responsiveness: Responsiveness }> {
  const responsiveness: Responsiveness = { slowestHealthMs: 0, slowestMeMs: 0, probes: 0, failures: [] };
  let running = true;
  const probing = (async () => {
    while (running) {
      const [health, healthMs] = await timed(() => request(app.http).get('/health'));
      const [me, meMs] = await timed(() => graphql<{ me: { id: string } }>(app, '{ me { id } }', {}, { token: bystanderToken }));
      responsiveness.slowestHealthMs = Math.max(responsiveness.slowestHealthMs, healthMs);
      responsiveness.slowestMeMs = Math.max(responsiveness.slowestMeMs, meMs);
      responsiveness.probes += 1;
      if (health.status !== 200) responsiveness.failures.push(`health ${health.status} ${health.text}`);
      if (!me.data?.me?.id) responsiveness.failures.push(`me ${JSON.stringify(me.errors)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  try {
    // Let the first probe start before the burst, so "meanwhile" holds even for a fast burst.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const result = await burst();
    return { result, responsiveness };
  } finally {
    running = false;
    await probing;
  }
}

/** How many times a transaction asked the pool for a second connection (src/database/connection-discipline.ts). */
export function secondConnectionRequests(app: TestApp): number {
  return app.app.get(ConnectionDiscipline).violations;
}

/** Groups answers by what they were: "ok" or the error's code/reason. */
export function outcomes(responses: { errors?: { extensions: { code: string; reason?: string } }[] }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const response of responses) {
    const error = response.errors?.[0]?.extensions;
    const label = error ? `${error.code}${error.reason ? `:${error.reason}` : ''}` : 'ok';
    counts[label] = (counts[label] ?? 0) + 1;
  }
  return counts;
}
