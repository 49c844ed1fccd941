import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { RUNS_BEFORE_PREPARING } from '../src/database/preparing-client.js';
import { SCHEMA_FILE } from '../src/graphql/graphql-options.js';
import { graphql } from './support/graphql.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('platform: health, errors, GraphQL hardening, schema and migrations', () => {
  let app: TestApp;

  beforeAll(async () => {
    // An empty database: this application runs every migration itself (the other files copy a migrated template).
    app = await createTestApp({}, { runMigrations: true });
  });

  afterAll(async () => {
    await app.close();
  });

  it('reports health once migrations are done', async () => {
    // As a readiness probe does, asks again while a check answers 503: on a loaded CI machine one
    // database ping can take longer than the 1.5 s a check may take (seen once beside the journeys).
    let response = await request(app.http).get('/health');
    for (let attempt = 1; response.status === 503 && attempt < 10; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      response = await request(app.http).get('/health');
    }
    expect({ status: response.status, body: response.body }).toMatchObject({ status: 200 });
    expect(response.body).toMatchObject({ status: 'ok', details: { database: { status: 'up' }, migrations: { status: 'up' } } });
  });

  it('puts a correlation id on every response, taking a well-formed one from the caller', async () => {
    const generated = await request(app.http).get('/health');
    expect(generated.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
    const echoed = await request(app.http).get('/health').set('x-correlation-id', 'ticket-4711-abc');
    expect(echoed.headers['x-correlation-id']).toBe('ticket-4711-abc');
    const refused = await request(app.http).get('/health').set('x-correlation-id', 'bad id with spaces');
    expect(refused.headers['x-correlation-id']).not.toBe('bad id with spaces');
    const failed = await graphql(app, '{ me { id } }');
    expect(failed.errors?.[0].extensions.correlationId).toBe(failed.headers['x-correlation-id']);
  });

  it('answers unknown REST paths with a JSON 404 in the closed error shape', async () => {
    const response = await request(app.http).get('/api/partner/v1/nothing-here').set('accept-language', 'en');
    expect(response.status).toBe(404);
    expect(response.body.error).toMatchObject({ code: 'NOT_FOUND', message: 'We could not find what you asked for.' });
    expect(response.body.correlationId).toBeTruthy();
  });

  it('refuses queries deeper than the limit', async () => {
    // Not a valid query on purpose (no such fields): codegen-skip-next-document
    const deep = '{ me { a { b { c { d { e { f { g { h { i } } } } } } } } } }';
    const response = await graphql(app, deep, {}, { language: 'en' });
    expect(response.status).toBe(400);
    expect(response.errors?.some((error) => /depth limit/i.test(String((error.extensions as { detail?: string }).detail)))).toBe(true);
    expect(response.errors?.every((error) => error.extensions.code === 'BAD_USER_INPUT')).toBe(true);
    expect(response.errors?.[0].message).toBe('The request is not a valid query for this service.');
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ');
    const response = await graphql(app, `{ ${aliases} }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_QUERY' });
  });

  it('refuses requests without CSRF protection headers, and batches', async () => {
    const simple = await request(app.http).post('/graphql').set('content-type', 'text/plain').send('{"query":"{ me { id } }"}');
    expect(simple.status).toBe(400);
    expect(simple.body.data).toBeUndefined();
    expect(simple.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');

    const form = await request(app.http).post('/graphql').type('form').send({ query: '{ me { id } }' });
    expect(form.status).toBe(400);

    const batch = await request(app.http)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(batch.status).toBe(400);
    expect(batch.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('serves the committed schema.gql exactly (CI fails on drift)', () => {
    const schema = app.app.get(GraphQLSchemaHost).schema;
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    expect(printSchema(lexicographicSortSchema(schema)) + '\n').toBe(committed);
  });

  it('has migrations that match the entities (generating a migration would produce nothing)', async () => {
    const pending = await app.app.get(DataSource).driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('prepares a statement that a pool connection runs often, and answers it alike (DB_PREPARED_STATEMENTS)', async () => {
    const runner = app.app.get(DataSource).createQueryRunner();
    await runner.connect();
    try {
      const text = 'SELECT count(*)::int AS accounts FROM accounts WHERE id <> $1';
      const answers = [];
      for (let run = 0; run < RUNS_BEFORE_PREPARING + 2; run++) answers.push(await runner.query(text, [randomUUID()]));
      expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
      const prepared: { name: string }[] = await runner.query('SELECT name FROM pg_prepared_statements WHERE statement = $1', [text]);
      expect(prepared).toEqual([{ name: expect.stringMatching(/^bo_\d+$/) }]);
    } finally {
      await runner.release();
    }
  });

  it('allows introspection outside production', async () => {
    const response = await graphql(app, '{ __schema { queryType { name } } }');
    expect(response.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('platform in production mode', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp({
      NODE_ENV: 'production',
      JWT_SECRET: 'a-production-like-secret-of-sufficient-length-123',
      PUBLIC_URL: 'https://e-residency.bochum.example',
      CARD_KEY_PASSPHRASE: 'a-production-like-card-key-passphrase',
      EID_ISSUER_URL: 'https://eid.bochum.example',
      EID_CLIENT_ID: 'bochum-eresidency',
      EID_CLIENT_SECRET: 'a-production-like-eid-client-secret',
      BANKING_SECRETS_KEY: 'a-production-like-banking-secrets-key-0123456789',
      PKI_KEY_PASSPHRASE: 'a-production-like-pki-key-passphrase',
      PKI_POLICY_OID_ARC: '1.3.6.1.4.1.32473.99',
      // Production needs a real e-mail provider; this one is never reached (no e-mail is sent here).
      SENDGRID_API_KEY: 'SG.a-production-like-sendgrid-key',
      SENDGRID_API_URL: 'http://127.0.0.1:9',
      GRAPHQL_MAX_COST: '100',
      GRAPHQL_MAX_ALIASES: '50',
    });
  });

  afterAll(async () => {
    await app.close();
  });

  it('turns introspection off', async () => {
    const response = await graphql(app, '{ __schema { queryType { name } } }');
    expect(response.data).toBeFalsy();
    expect(response.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses queries over the cost limit', async () => {
    const aliases = Array.from(
      { length: 20 },
      (_, i) => `a${i}: me { id email emailVerified preferredLanguage roles assuranceLevel createdAt }`,
    ).join(' ');
    const response = await graphql(app, `{ ${aliases} }`);
    expect(response.status).toBe(400);
    expect(response.errors?.some((error) => /cost/i.test(String((error.extensions as { detail?: string }).detail)))).toBe(true);
  });

  it('does not expose the development mailbox', async () => {
    expect((await request(app.http).get('/dev/mailbox/messages')).status).toBe(404);
  });

  it('marks the refresh cookie Secure behind https', async () => {
    const response = await graphql(app, 'mutation { refreshSession { accessToken } }', {}, { refreshCookie: 'unknown' });
    expect(response.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const cleared = ([] as string[]).concat(response.headers['set-cookie'] ?? []).join(';');
    expect(cleared).toMatch(/bo_refresh=;/);
    expect(cleared).toMatch(/Secure/);
  });
});
