import pino, { type DestinationStream, type Logger } from 'pino';
import type { AppConfig } from '../../config/app-config.js';
import { capLoggedText, capLoggedValue } from './cap-logged-value.js';

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
    formatters: {
      log: (object) =>
        Object.fromEntries(
          Object.entries(object).map(([key, value]) => [key, key === 'req' || key === 'res' ? value : capLoggedValue(value)]),
        ),
    },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((arg) => (typeof arg === 'string' ? capLoggedText(arg) : arg)) as Parameters<typeof method>);
      },
    },
    transport:
      config.log.pretty && !destination
        ? { target: 'pino-pretty', options: { singleLine: true, ignore: 'pid,hostname,service' } }
        : undefined,
  };
  return destination ? pino(options, destination) : pino(options);
}
