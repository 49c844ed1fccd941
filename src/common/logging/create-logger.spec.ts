import { Writable } from 'node:stream';
import { buildConfig } from '../../config/app-config.js';
import { MAX_LOGGED_STRING } from './cap-logged-value.js';
import { createLogger } from './create-logger.js';

function capturingLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  const logger = createLogger(buildConfig({ LOG_LEVEL: 'info', LOG_PRETTY: '0' }), destination);
  return { logger, lines };
}

describe('createLogger caps what it writes', () => {
  const hostile = 'A'.repeat(100_000);

  it('cuts a 100,000-character value inside a logged error (a failed query and its parameters)', () => {
    const { logger, lines } = capturingLogger();
    const error = Object.assign(new Error(`invalid input syntax: "${hostile}"`), {
      query: 'SELECT * FROM accounts WHERE email = $1',
      parameters: [hostile, { nested: [hostile] }],
    });
    logger.error({ err: error, argument: hostile }, 'Unexpected error');
    expect(lines).toHaveLength(1);
    expect(lines[0].length).toBeLessThan(12_000);
    const entry = JSON.parse(lines[0]);
    expect(entry.msg).toBe('Unexpected error');
    expect(entry.err.type).toBe('Error');
    expect(entry.err.query).toBe('SELECT * FROM accounts WHERE email = $1');
    expect(entry.err.message).toMatch(/…\[\d+ more characters\]$/);
    expect(entry.err.parameters[0]).toHaveLength(MAX_LOGGED_STRING + `…[${100_000 - MAX_LOGGED_STRING} more characters]`.length);
    expect(entry.argument.startsWith('A'.repeat(MAX_LOGGED_STRING))).toBe(true);
    expect(typeof entry.err.stack).toBe('string');
  });

  it('cuts a long message and long lists, and survives cycles', () => {
    const { logger, lines } = capturingLogger();
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    logger.warn({ list: Array.from({ length: 10_000 }, (_, i) => i), cyclic }, hostile);
    const entry = JSON.parse(lines[0]);
    expect(entry.msg.length).toBeLessThan(MAX_LOGGED_STRING + 100);
    expect(entry.list).toHaveLength(51);
    expect(entry.cyclic.self).toBe('[Circular]');
    expect(lines[0].length).toBeLessThan(5_000);
  });

  it('leaves ordinary entries as they were', () => {
    const { logger, lines } = capturingLogger();
    logger.info({ method: 'GET', url: '/health', statusCode: 200, responseTimeMs: 3 }, 'request completed');
    expect(JSON.parse(lines[0])).toMatchObject({
      level: 30,
      service: 'bochum-eresidency',
      method: 'GET',
      url: '/health',
      statusCode: 200,
      msg: 'request completed',
    });
  });
});
