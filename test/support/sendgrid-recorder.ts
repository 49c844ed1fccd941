import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: any;
  receivedAt: number;
}

export interface SendgridRecorder {
  url: string;
  requests: RecordedRequest[];
  /** Decides the answer to each `mail/send` call (default 202 at once). */
  respond: (request: RecordedRequest, index: number) => { status: number; delayMs?: number; body?: unknown };
  close(): Promise<void>;
}

/** A local stand-in for the SendGrid v3 API that records every `POST /v3/mail/send`. */
export async function startSendgridRecorder(): Promise<SendgridRecorder> {
  const recorder: SendgridRecorder = {
    url: '',
    requests: [],
    respond: () => ({ status: 202 }),
    close: async () => undefined,
  };
  const server: Server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk) => (raw += chunk));
    request.on('end', () => {
      const recorded: RecordedRequest = {
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: raw ? JSON.parse(raw) : null,
        receivedAt: Date.now(),
      };
      const index = recorder.requests.push(recorded) - 1;
      const { status, delayMs = 0, body } = recorder.respond(recorded, index);
      setTimeout(() => {
        response.writeHead(status, { 'content-type': 'application/json', 'x-message-id': `msg-${index}` });
        response.end(body === undefined ? '' : JSON.stringify(body));
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  recorder.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  recorder.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return recorder;
}

/** Polls until `check` returns a truthy value, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 20_000, intervalMs = 100): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms${last ? `: ${String(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
