import pino, { type Logger } from 'pino';
import type { AppConfig } from '../../config/app-config.js';

/**
 * The one pino logger: Fastify logs requests through it (with the correlation id as `correlationId`)
 * and nestjs-pino binds each request's child logger, so application logs carry the id too.
 */
export function createLogger(config: AppConfig): Logger {
  return pino({
    level: config.log.level,
    base: { service: 'bochum-eresidency' },
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    transport: config.log.pretty ? { target: 'pino-pretty', options: { singleLine: true, ignore: 'pid,hostname,service' } } : undefined,
  });
}
