import pino, { type DestinationStream, type Logger } from 'pino';
import type { AppConfig } from '../../config/app-config.js';
import { capLoggedText, capLoggedValue, MAX_LOGGED_STRING } from './cap-logged-value.js';

/**
 * The one pino logger: Fastify logs requests through it (with the correlation id as `correlationId`)
 * and nestjs-pino binds each request's child logger, so application logs carry the id too. Logged
 * values are capped (long strings cut, deep objects and long lists shortened): a hostile argument
 * never turns into megabytes of log.
 */
export function createLogger(config: AppConfig, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: config.log.level,
    base: { service: 'bochum-eresidency' },
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    // Runs before pino's serializers: errors are serialized (pino's own way) and capped here, so the
    // `err` serializer passes them on; `req`/`res` keep theirs.
    serializers: { err: (value: unknown) => value },
    formatters: { log: capLoggedFields },
    hooks: {
      logMethod(args, method) {
        // Most calls carry nothing to cap: they are passed on as they are, without a copy.
        if (args.some((arg) => typeof arg === 'string' && arg.length > MAX_LOGGED_STRING)) {
          args = args.map((arg) => (typeof arg === 'string' ? capLoggedText(arg) : arg)) as typeof args;
        }
        method.apply(this, args);
      },
    },
    transport:
      config.log.pretty && !destination
        ? { target: 'pino-pretty', options: { singleLine: true, ignore: 'pid,hostname,service' } }
        : undefined,
  };
  // Standard output stays synchronous (pino's default). An asynchronous destination saves one system
  // call per line, but with it an app process ended during a database outage on a loaded CI machine
  // (the lifecycle test; not reproduced since) and a pipe handle stayed open at shutdown: not worth it.
  return destination ? pino(options, destination) : pino(options);
}

/**
 * The entry's own fields capped; an entry of short strings, numbers and booleans only (every
 * request line) is passed on as it is, without a copy.
 */
function capLoggedFields(object: Record<string, unknown>): Record<string, unknown> {
  let plain = true;
  for (const key in object) {
    const value = object[key];
    if (value !== null && typeof value === 'object' && key !== 'req' && key !== 'res') plain = false;
    else if (typeof value === 'string' && value.length > MAX_LOGGED_STRING) plain = false;
    if (!plain) break;
  }
  if (plain) return object;
  const capped: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) capped[key] = key === 'req' || key === 'res' ? value : capLoggedValue(value);
  return capped;
}
