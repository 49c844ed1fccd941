import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  params: URLSearchParams;
  headers: http.IncomingHttpHeaders;
}

interface FakeSession {
  id: string;
  amount: number;
  currency: string;
  status: 'open' | 'complete' | 'expired';
  paymentStatus: 'unpaid' | 'paid';
  intent: { id: string; status: string } | null;
  refunded: boolean;
  params: URLSearchParams;
}

const id = (prefix: string) => `${prefix}_test_${randomBytes(12).toString('hex')}`;

/**
 * A small stand-in for Stripe's REST API (checkout sessions, refunds), so the real StripeProvider
 * and the Stripe SDK run without network. It records every request and honours Idempotency-Key.
 */
export class FakeStripeApi {
  readonly requests: RecordedRequest[] = [];
  readonly sessions = new Map<string, FakeSession>();
  /** Set to make the next request fail as Stripe does for a bad request. */
  failNext = false;
  private readonly idempotent = new Map<string, string>();
  private server?: http.Server;

  async start(): Promise<string> {
    this.server = http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        const url = new URL(request.url!, 'http://fake');
        const recorded = {
          method: request.method!,
          path: url.pathname,
          query: url.searchParams,
          params: new URLSearchParams(body),
          headers: request.headers,
        };
        this.requests.push(recorded);
        const [status, payload] = this.answer(recorded);
        response.writeHead(status, { 'content-type': 'application/json', 'request-id': id('req') }).end(JSON.stringify(payload));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }

  /** What Stripe would do when the customer pays on its page. */
  pay(sessionId: string): void {
    Object.assign(this.sessions.get(sessionId)!, {
      status: 'complete',
      paymentStatus: 'paid',
      intent: { id: id('pi'), status: 'succeeded' },
    });
  }

  requestsTo(method: string, path: string | RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path)));
  }

  private answer(request: RecordedRequest): [number, unknown] {
    if (this.failNext) {
      this.failNext = false;
      return [400, { error: { type: 'invalid_request_error', message: 'Simulated failure', code: 'parameter_invalid' } }];
    }
    const key = request.headers['idempotency-key'] as string | undefined;
    if (request.method === 'POST' && request.path === '/v1/checkout/sessions') {
      const existing = key ? this.idempotent.get(key) : undefined;
      if (existing) return [200, this.sessionJson(this.sessions.get(existing)!, false)];
      const session: FakeSession = {
        id: id('cs'),
        amount: Number(request.params.get('line_items[0][price_data][unit_amount]')),
        currency: request.params.get('line_items[0][price_data][currency]')!,
        status: 'open',
        paymentStatus: 'unpaid',
        intent: null,
        refunded: false,
        params: request.params,
      };
      this.sessions.set(session.id, session);
      if (key) this.idempotent.set(key, session.id);
      return [200, this.sessionJson(session, false)];
    }
    const retrieve = /^\/v1\/checkout\/sessions\/([^/]+)$/.exec(request.path);
    if (request.method === 'GET' && retrieve) {
      const session = this.sessions.get(retrieve[1]);
      return session
        ? [
            200,
            this.sessionJson(
              session,
              request.query.getAll('expand[]').includes('payment_intent.latest_charge') ||
                request.query.get('expand[0]') === 'payment_intent.latest_charge',
            ),
          ]
        : [404, { error: { type: 'invalid_request_error', code: 'resource_missing' } }];
    }
    if (request.method === 'POST' && request.path === '/v1/refunds') {
      const session = [...this.sessions.values()].find((s) => s.intent?.id === request.params.get('payment_intent'));
      if (!session) return [404, { error: { type: 'invalid_request_error', code: 'resource_missing' } }];
      session.refunded = true;
      return [
        200,
        {
          id: key ? `re_${key.replace(/\W/g, '').slice(-24)}` : id('re'),
          object: 'refund',
          amount: session.amount,
          status: 'succeeded',
          payment_intent: session.intent!.id,
        },
      ];
    }
    return [404, { error: { type: 'invalid_request_error', message: `no fake for ${request.method} ${request.path}` } }];
  }

  private sessionJson(session: FakeSession, expanded: boolean) {
    const charge = session.intent && {
      id: session.intent.id.replace('pi_', 'ch_'),
      object: 'charge',
      refunded: session.refunded,
      amount: session.amount,
    };
    const intent = session.intent && {
      id: session.intent.id,
      object: 'payment_intent',
      status: session.intent.status,
      last_payment_error: null,
      latest_charge: charge,
    };
    return {
      id: session.id,
      object: 'checkout.session',
      url: `https://checkout.stripe.com/c/pay/${session.id}`,
      amount_total: session.amount,
      currency: session.currency,
      status: session.status,
      payment_status: session.paymentStatus,
      client_reference_id: session.params.get('client_reference_id'),
      payment_intent: expanded ? intent : (session.intent?.id ?? null),
    };
  }
}
