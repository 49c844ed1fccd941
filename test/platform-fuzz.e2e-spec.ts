import fc from 'fast-check';
import { buildSchema, getNamedType, isLeafType, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { SCHEMA_FILE } from '../src/graphql/graphql-options.js';
import { signedInAccount } from './support/accounts.js';
import { grantResidency } from './support/cards.js';
import { fuzzSettings, hostileValue } from './support/fuzz.js';
import { createApplication } from './support/residency.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** Tables a failed mutation must leave exactly as they were (those that exist in this schema). */
const KEY_TABLES = [
  'accounts',
  'residency_applications',
  'residency_evidence_documents',
  'residencies',
  'card_requests',
  'citizen_cards',
  'card_credential_offers',
  'payments',
  'companies',
  'company_representatives',
  'establishments',
  'trade_registrations',
  'bank_account_applications',
  'secure_threads',
  'secure_messages',
  'venues',
  'offers',
  'venue_applications',
  'venue_invitations',
  'venue_operators',
  'pki_certificates',
  'participation_events',
  'participation_event_registrations',
  'survey_participations',
  'survey_responses',
  'partner_banks',
  'address_pools',
  'role_assurance_requirements',
  'resident_mail_items',
  'accessibility_feedback',
  'appointment_services',
  'appointment_opening_hours',
  'appointment_time_off',
  'appointment_bookings',
  'kiosk_devices',
  'kiosk_handovers',
  'consultation_talk_now_duty',
  'consultation_talk_now_requests',
];

/** Mutations that end the resident's session go last, so the others run signed in. */
const LAST = ['logout', 'changePassword'];

interface Problem {
  operation: string;
  as: string;
  problem: string;
  variables: string;
}

/**
 * Every query and mutation of the committed schema, with well-typed but hostile variables, as an
 * ordinary resident and anonymously: no answer is HTTP 5xx or INTERNAL, and a mutation that fails
 * leaves the key tables untouched.
 */
describe('platform fuzz: every GraphQL operation with hostile arguments', () => {
  let app: TestApp;
  let resident: { token: string; accountId: string };
  let knownIds: string[];
  let tables: string[];
  const { runs, seed } = fuzzSettings();
  const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
  const problems: Problem[] = [];
  let sent = 0;
  /** How the answers came out (`ok` or the first error's code), to see how deep the values got. */
  const outcomes = new Map<string, number>();

  beforeAll(async () => {
    app = await createTestApp({ JOBS_WORKERS: '0', LOGIN_MAX_FAILURES_PER_IP: '100000', LOG_LEVEL: 'fatal' });
    const person = await signedInAccount(app);
    resident = { token: person.token, accountId: person.account.id as string };
    const application = await createApplication(app, resident.token);
    const residencyId = await grantResidency(app, resident.accountId);
    knownIds = [resident.accountId, application.data!.createResidencyApplication.id as string, residencyId];
    // The certificate authority is set up lazily on first use (its own rows in pki_certificates):
    // done here, so that only what a mutation itself writes is compared.
    expect((await request(app.http).get('/pki/crl')).status).toBe(200);
    const existing = await app.sql<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    tables = KEY_TABLES.filter((table) => existing.some((row) => row.table_name === table));
  });

  afterAll(async () => {
    await app.close();
  });

  const counts = async () => {
    const [row] = await app.sql(`SELECT ${tables.map((table) => `(SELECT count(*)::int FROM "${table}") AS "${table}"`).join(', ')}`);
    return row;
  };

  function operationOf(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
    const definitions = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
    const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
    return `${kind}${definitions ? `(${definitions})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
  }

  async function send(query: string, variables: Record<string, unknown>, token: string | undefined, language: string) {
    sent += 1;
    let call = request(app.http).post('/graphql').set('content-type', 'application/json').set('accept-language', language);
    if (token) call = call.set('authorization', `Bearer ${token}`);
    return call.send({ query, variables });
  }

  async function fuzz(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, index: number) {
    const query = operationOf(kind, field);
    const variables = fc.record(Object.fromEntries(field.args.map((arg) => [arg.name, hostileValue(arg.type, knownIds)])), {
      requiredKeys: [],
    });
    for (const [as, token] of [
      ['anonymous', undefined],
      ['resident', resident.token],
    ] as const) {
      await fc.check(
        fc.asyncProperty(variables, fc.constantFrom('de', 'en'), async (values, language) => {
          const before = kind === 'mutation' ? await counts() : undefined;
          const response = await send(query, values, token, language);
          const codes: string[] = (response.body?.errors ?? []).map((error: { extensions?: { code?: string } }) =>
            String(error.extensions?.code),
          );
          const report = (problem: string) =>
            problems.push({ operation: field.name, as, problem, variables: JSON.stringify(values).slice(0, 300) });
          const outcome = codes[0] ?? (response.status === 200 ? 'ok' : `HTTP ${response.status}`);
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
          if (response.status >= 500) report(`HTTP ${response.status}`);
          if (codes.includes('INTERNAL')) report('INTERNAL');
          if (!response.body || (response.body.data === undefined && response.body.errors === undefined))
            report(`no GraphQL body (HTTP ${response.status})`);
          if (before && codes.length > 0) {
            const after = await counts();
            const changed = tables.filter((table) => before[table] !== after[table]);
            if (changed.length > 0) report(`failed mutation changed ${changed.join(', ')}`);
          }
          return true;
        }),
        { numRuns: runs, seed: seed + index, endOnFailure: true },
      );
    }
  }

  it(
    'answers every query and mutation without 5xx, INTERNAL or half-written state',
    async () => {
      const fieldsOf = (type: GraphQLObjectType | null | undefined) => Object.values(type?.getFields() ?? {});
      const queries = fieldsOf(schema.getQueryType());
      const mutations = fieldsOf(schema.getMutationType()).sort((a, b) => Number(LAST.includes(a.name)) - Number(LAST.includes(b.name)));
      expect(queries.length).toBeGreaterThan(40);
      expect(mutations.length).toBeGreaterThan(50);
      let index = 0;
      for (const field of queries) await fuzz('query', field, index++);
      for (const field of mutations) await fuzz('mutation', field, index++);

      const summary = `${sent} requests (${queries.length} queries, ${mutations.length} mutations, ${runs} runs each as anonymous and resident, seed ${seed}): ${problems.length} problems; answers ${JSON.stringify(Object.fromEntries(outcomes))}`;
      console.log(`platform fuzz: ${summary}`);
      expect(problems.slice(0, 40)).toEqual([]);
    },
    Math.max(120_000, runs * 60_000),
  );
});
