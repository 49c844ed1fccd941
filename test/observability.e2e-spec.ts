import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { DatabaseState } from '../src/database/database-state.js';
import { signedInAccount } from './support/accounts.js';
import { graphql } from './support/graphql.js';
import { createTestApp, type TestApp } from './support/test-app.js';

interface ExportedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: { key: string; value: { stringValue?: string; intValue?: string | number } }[];
}

/** A stand-in OpenTelemetry collector: receives OTLP/HTTP JSON exports as a real collector would. */
async function startCollector(): Promise<{ server: Server; url: string; spans: ExportedSpan[] }> {
  const spans: ExportedSpan[] = [];
  const server = createServer((incoming, response) => {
    let body = '';
    incoming.on('data', (chunk) => (body += chunk));
    incoming.on('end', () => {
      if (incoming.url === '/v1/traces') {
        const payload = JSON.parse(body) as { resourceSpans: { scopeSpans: { spans: ExportedSpan[] }[] }[] };
        for (const resource of payload.resourceSpans) for (const scope of resource.scopeSpans) spans.push(...scope.spans);
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans };
}

const attribute = (span: ExportedSpan, key: string) => span.attributes.find((entry) => entry.key === key)?.value;

describe('observability: health probes, Prometheus metrics and OpenTelemetry traces', () => {
  let app: TestApp;
  let collector: Awaited<ReturnType<typeof startCollector>>;

  beforeAll(async () => {
    collector = await startCollector();
    app = await createTestApp({ OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_SERVICE_NAME: 'eresidency-test' });
  });

  afterAll(async () => {
    await app.close();
    collector.server.close();
  });

  it('is live without asking anyone, and ready once the database answers, migrations are done and the files are writable', async () => {
    expect((await request(app.http).get('/health/live')).body).toEqual({ status: 'ok' });
    for (const path of ['/health/ready', '/health']) {
      const ready = await request(app.http).get(path);
      expect(ready.status).toBe(200);
      expect(ready.headers['cache-control']).toBe('no-store');
      expect(ready.body).toMatchObject({
        status: 'ok',
        details: { database: { status: 'up' }, migrations: { status: 'up' }, storage: { status: 'up' } },
      });
    }
  });

  it('is not ready while migrations run, but still live', async () => {
    const state = app.app.get(DatabaseState);
    state.migrated = false;
    try {
      const ready = await request(app.http).get('/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body).toMatchObject({
        status: 'error',
        error: { migrations: { status: 'down' } },
        info: { database: { status: 'up' } },
      });
      expect((await request(app.http).get('/health/live')).status).toBe(200);
    } finally {
      state.migrated = true;
    }
  });

  it.each(['/health/nothing', '/metrics/nothing', '/api', '/api/nothing', '/pki/nothing', '/dev'])(
    'answers the unknown server path %s with a JSON 404, never the web page',
    async (path) => {
      const response = await request(app.http).get(path).set('accept', 'text/html');
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toMatch(/application\/json/);
    },
  );

  it('exposes request latency per GraphQL operation and REST route, the pool, the job queues, the outbox and verifications', async () => {
    const person = await signedInAccount(app);
    await graphql(app, 'query MyAccount { me { id } }', {}, { token: person.token });
    await request(app.http).get('/api/partner/v1/status-lists/1');
    await request(app.http).get('/api/partner/v1/nothing-here-4711');
    const scraped = await request(app.http).get('/metrics');
    expect(scraped.status).toBe(200);
    expect(scraped.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = scraped.text;
    expect(text).toMatch(/eresidency_graphql_operation_duration_seconds_count\{operation="MyAccount",type="query",outcome="ok"\} 1\n/);
    expect(text).toMatch(/eresidency_http_request_duration_seconds_count\{method="POST",route="\/graphql",status_code="200"\} \d+/);
    expect(text).toMatch(
      /eresidency_http_request_duration_seconds_count\{method="GET",route="\/api\/partner\/v1\/status-lists\/1",status_code="200"\} 1\n/,
    );
    expect(text).toMatch(/eresidency_db_pool_connections\{state="max"\} 5\n/);
    expect(text).toMatch(/eresidency_db_pool_waiting_requests 0\n/);
    expect(text).toMatch(/eresidency_job_queue_depth\{queue="[a-z0-9._-]+"\} \d+/);
    expect(text).toMatch(/eresidency_job_queue_oldest_seconds\{queue="[a-z0-9._-]+"\} [\d.e+-]+/);
    expect(text).toMatch(/eresidency_outbox_pending_emails \d+\n/);
    expect(text).toContain('# TYPE eresidency_email_failures_total counter');
    expect(text).toContain('# TYPE eresidency_card_verifications_total counter');
    expect(text).toContain('eresidency_process_cpu_seconds_total');
    // An unknown path never becomes a label (one series per path would let callers fill the memory).
    expect(text).not.toContain('nothing-here-4711');
  });

  it('traces a GraphQL request below the caller’s traceparent, with its database queries and the correlation id', async () => {
    const person = await signedInAccount(app);
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const callerSpanId = '00f067aa0ba902b7';
    const response = await request(app.http)
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${person.token}`)
      .set('traceparent', `00-${traceId}-${callerSpanId}-01`)
      .set('x-correlation-id', 'trace-me-4711')
      .send({ query: 'query TracedMe { me { id email } }' });
    expect(response.body.data.me.id).toBe(person.account.id);

    const deadline = Date.now() + 10_000;
    let server: ExportedSpan | undefined;
    while (!server && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      server = collector.spans.find((span) => span.traceId === traceId && span.name === 'query TracedMe');
    }
    expect(server).toBeDefined();
    expect(server!.parentSpanId).toBe(callerSpanId);
    expect(attribute(server!, 'correlation.id')?.stringValue).toBe('trace-me-4711');
    expect(attribute(server!, 'http.route')?.stringValue).toBe('/graphql');
    const databaseSpans = collector.spans.filter((span) => span.traceId === traceId && span.parentSpanId === server!.spanId);
    expect(databaseSpans.length).toBeGreaterThan(0);
    expect(databaseSpans.every((span) => span.name.startsWith('pg.'))).toBe(true);
    // Untraced work (the job queue polling, other requests) stays out of this trace.
    expect(
      collector.spans.filter((span) => span.traceId === traceId).every((span) => span === server || databaseSpans.includes(span)),
    ).toBe(true);
  });
});
