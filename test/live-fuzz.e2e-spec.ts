import fc from 'fast-check';
import { buildSchema, getNamedType, isLeafType, type GraphQLField } from 'graphql';
import { readFileSync } from 'node:fs';
import { SCHEMA_FILE } from '../src/graphql/graphql-options.js';
import { accountWithRoles, signedInAccount } from './support/accounts.js';
import { fuzzSettings, hostileValue } from './support/fuzz.js';
import { liveClient, type LiveClient } from './support/live-updates.js';
import { createApplication } from './support/residency.js';
import { startServer, type RunningServer } from './support/running-server.js';

/** The platform fuzz (platform-fuzz.e2e-spec.ts) for subscriptions, which exist only over graphql-ws. */
describe('live fuzz: every GraphQL subscription with hostile arguments over graphql-ws', () => {
  let server: RunningServer;
  let knownIds: string[];
  const tokens: [string, string][] = [];
  const { runs, seed } = fuzzSettings();
  const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
  const sockets: LiveClient[] = [];

  beforeAll(async () => {
    server = await startServer({ JOBS_WORKERS: '0', LOG_LEVEL: 'fatal' });
    const resident = await signedInAccount(server);
    const staff = await accountWithRoles(server, ['staff_citizens_office', 'staff_economic_development']);
    const application = await createApplication(server, resident.token);
    knownIds = [String(resident.account.id), application.data!.createResidencyApplication.id as string];
    tokens.push(['resident', resident.token], ['staff', staff.token]);
  });

  afterAll(async () => {
    await Promise.all(sockets.map((socket) => socket.dispose()));
    await server.close();
  });

  function operationOf(field: GraphQLField<unknown, unknown>): string {
    const definitions = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
    const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
    return `subscription${definitions ? `(${definitions})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
  }

  it('answers every subscription with its first event or a stable error code, never INTERNAL, and keeps the socket open', async () => {
    const subscriptions = Object.values(schema.getSubscriptionType()?.getFields() ?? {});
    expect(subscriptions.map((field) => field.name)).toEqual(
      expect.arrayContaining([
        'notificationsChanged',
        'residencyApplicationChanged',
        'tradeRegistrationsChanged',
        'companyJourneyChanged',
        'backofficeQueueChanged',
      ]),
    );
    const problems: string[] = [];
    const outcomes = new Map<string, number>();
    for (const [index, field] of subscriptions.entries()) {
      const query = operationOf(field);
      const variables = fc.record(Object.fromEntries(field.args.map((arg) => [arg.name, hostileValue(arg.type, knownIds)])), {
        requiredKeys: [],
      });
      for (const [as, token] of tokens) {
        const socket = liveClient(server.baseUrl, token);
        sockets.push(socket);
        await fc.check(
          fc.asyncProperty(variables, async (values) => {
            const events = socket.subscribe<{ errors?: { extensions?: { code?: string } }[] }>(query, values);
            // The first message: an event (the subscription is registered: catch-up), or the refusal.
            const first = await Promise.race([events.nth(1).then((event) => ({ event })), events.ended]);
            const errors = 'event' in first ? first.event.errors : (first.error as { extensions?: { code?: string } }[] | undefined);
            const code = errors?.[0]?.extensions?.code ?? ('event' in first ? 'ok' : 'ended');
            outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
            if (code === 'INTERNAL' || code === 'ended')
              problems.push(`${field.name} as ${as}: ${code} ${JSON.stringify(values).slice(0, 200)}`);
            return true;
          }),
          { numRuns: runs, seed: seed + index, endOnFailure: true },
        );
        // Whatever was sent, the socket stays usable (no close by the server).
        expect(await Promise.race([socket.closed.then(() => 'closed'), new Promise((resolve) => setTimeout(resolve, 50, 'open'))])).toBe(
          'open',
        );
        await socket.dispose();
      }
    }
    console.log(
      `live fuzz: ${subscriptions.length} subscriptions, ${runs} runs each as resident and staff: ${JSON.stringify(Object.fromEntries(outcomes))}`,
    );
    expect(problems).toEqual([]);
  }, 120_000);
});
