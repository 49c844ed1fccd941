/**
 * Live notifications (issue 16: a new notification appears in an open page within 2 s): how long after
 * a staff action is sent its notification reaches the account's open `notificationsChanged`
 * subscription over the WebSocket, against the staff action's own answer (the baseline: the event is
 * published once the action's transaction has committed, as its answer is sent). Alternating rounds:
 * with the server idle, and with a load process sending authenticated `me` at 50 connections
 * meanwhile. Staff actions one after another (grant, then withdraw a role: each notifies the person).
 * Run: `npm run bench:live` (builds first). Prints figures; asserts nothing.
 */
import { createClient, type Client } from 'graphql-ws';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import WebSocket from 'ws';
import { benchAccount, gql, startBenchApp } from './support/bench-app.js';
import { runIfMain } from './support/main.js';
import { loadAverage, median, percentile, runLoad } from './support/rounds.js';

const ACTIONS_PER_ROUND = Number(process.env.BENCH_LIVE_ACTIONS ?? 40);
const ROUNDS = Math.max(3, Number(process.env.BENCH_ROUNDS ?? 3));
const LOAD_CONNECTIONS = 50;
const GOAL_MS = 2000;

interface ActionTimes {
  /** The staff action's answer, after it was sent. */
  answerMs: number;
  /** The notification's event at the subscriber, after the action was sent. */
  eventMs: number;
}

interface RoundSummary {
  round: number;
  underLoad: boolean;
  actions: number;
  answer: { p50Ms: number; p99Ms: number; maxMs: number };
  event: { p50Ms: number; p99Ms: number; maxMs: number };
  /** How much later than the answer the event came (median; negative: before it). */
  eventAfterAnswerP50Ms: number;
  loadRequestsPerSecond?: number;
}

const tenth = (value: number) => Math.round(value * 10) / 10;
const spread = (values: number[]) => ({
  p50Ms: tenth(percentile(values, 50)),
  p99Ms: tenth(percentile(values, 99)),
  maxMs: tenth(Math.max(...values)),
});

export async function run() {
  const app = await startBenchApp('live');
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-live-'));
  const sql = new pg.Client({ connectionString: app.databaseUrl });
  let socket: Client | undefined;
  try {
    await sql.connect();
    const staff = await benchAccount(app.baseUrl, sql, ['admin']);
    const person = await benchAccount(app.baseUrl, sql);

    // The person's open page: one subscription, as the bell holds it.
    let onEvent: (() => void) | undefined;
    let registered!: () => void;
    const subscribed = new Promise<void>((resolve) => (registered = resolve));
    socket = createClient({
      url: `${app.baseUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${person.token}` },
    });
    socket.subscribe<{ notificationsChanged: { resync: boolean; notification: { id: string } | null } }>(
      { query: 'subscription { notificationsChanged { resync unreadCount notification { id } } }' },
      {
        next: ({ data }) => {
          if (data?.notificationsChanged.resync) registered();
          else if (data?.notificationsChanged.notification) onEvent?.();
        },
        error: (error) => console.error('subscription failed', error),
        complete: () => undefined,
      },
    );
    await subscribed;

    let granted = false;
    const action = async (): Promise<ActionTimes> => {
      const mutation = granted ? 'withdrawAccountRole' : 'grantAccountRole';
      granted = !granted;
      const sent = performance.now();
      const arrived = new Promise<number>((resolve) => (onEvent = () => resolve(performance.now() - sent)));
      await gql(
        app.baseUrl,
        `mutation($input: ChangeAccountRoleInput!) { ${mutation}(input: $input) { id } }`,
        {
          input: { accountId: person.id, role: 'staff_communication', reason: 'Live notification bench' },
        },
        staff.token,
      );
      const answerMs = performance.now() - sent;
      return { answerMs, eventMs: await arrived };
    };
    // Warm-up: the first actions compile the paths.
    for (let index = 0; index < 30; index += 1) await action();

    const before = loadAverage();
    console.log(
      `live: ${ROUNDS} alternating rounds (idle, then under ${LOAD_CONNECTIONS} connections of me) of ${ACTIONS_PER_ROUND} staff actions, load average ${before.join(' ')}`,
    );
    const rounds: RoundSummary[] = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      for (const underLoad of [false, true]) {
        const times: ActionTimes[] = [];
        let loadRequestsPerSecond: number | undefined;
        const act = async () => {
          for (let index = 0; index < ACTIONS_PER_ROUND; index += 1) times.push(await action());
        };
        if (underLoad) {
          // The load runs longer than the actions take; they start once it is under way.
          const load = runLoad(
            {
              url: `${app.baseUrl}/graphql`,
              headers: { 'content-type': 'application/json', authorization: `Bearer ${person.token}` },
              body: JSON.stringify({ query: '{ me { id email preferredLanguage } }' }),
              connections: LOAD_CONNECTIONS,
              seconds: Math.max(8, Math.ceil(ACTIONS_PER_ROUND / 5)),
            },
            scratch,
          );
          await new Promise((resolve) => setTimeout(resolve, 1000));
          await act();
          loadRequestsPerSecond = (await load).requestsPerSecond;
        } else {
          await act();
        }
        const summary: RoundSummary = {
          round,
          underLoad,
          actions: times.length,
          answer: spread(times.map((each) => each.answerMs)),
          event: spread(times.map((each) => each.eventMs)),
          eventAfterAnswerP50Ms: tenth(
            percentile(
              times.map((each) => each.eventMs - each.answerMs),
              50,
            ),
          ),
          ...(loadRequestsPerSecond === undefined ? {} : { loadRequestsPerSecond }),
        };
        rounds.push(summary);
        console.log(
          `  round ${round} ${(underLoad ? `under load (${loadRequestsPerSecond} req/s of me)` : 'idle').padEnd(30)}` +
            ` action answered p50 ${summary.answer.p50Ms} ms p99 ${summary.answer.p99Ms} ms;` +
            ` event p50 ${summary.event.p50Ms} ms p99 ${summary.event.p99Ms} ms max ${summary.event.maxMs} ms` +
            ` (${summary.eventAfterAnswerP50Ms} ms after the answer)`,
        );
      }
    }
    const medians = (underLoad: boolean) => {
      const of = rounds.filter((round) => round.underLoad === underLoad);
      return {
        answerP50Ms: median(of.map((round) => round.answer.p50Ms)),
        eventP50Ms: median(of.map((round) => round.event.p50Ms)),
        eventP99Ms: median(of.map((round) => round.event.p99Ms)),
        eventMaxMs: Math.max(...of.map((round) => round.event.maxMs)),
      };
    };
    const idle = medians(false);
    const loaded = medians(true);
    for (const [label, figures] of [
      ['idle', idle],
      ['under load', loaded],
    ] as const) {
      console.log(
        `  median ${label.padEnd(11)} event p50 ${figures.eventP50Ms} ms, p99 ${figures.eventP99Ms} ms (goal < ${GOAL_MS} ms), largest ${figures.eventMaxMs} ms;` +
          ` the action's own answer p50 ${figures.answerP50Ms} ms`,
      );
    }
    const after = loadAverage();
    console.log(`  load average after: ${after.join(' ')}`);
    return {
      goalMs: GOAL_MS,
      actionsPerRound: ACTIONS_PER_ROUND,
      loadConnections: LOAD_CONNECTIONS,
      rounds,
      idle,
      underLoad: loaded,
      loadAverage: { before, after },
    };
  } finally {
    await socket?.dispose();
    await sql.end();
    rmSync(scratch, { recursive: true, force: true });
    await app.stop();
  }
}

runIfMain(import.meta.url, run);
