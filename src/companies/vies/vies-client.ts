import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';

/** VIES error codes that mean "no answer now, ask again later". */
const RETRYABLE = new Set(['MS_UNAVAILABLE', 'TIMEOUT', 'SERVICE_UNAVAILABLE', 'MS_MAX_CONCURRENT_REQ', 'GLOBAL_MAX_CONCURRENT_REQ']);

export type ViesAnswer =
  | {
      outcome: 'valid' | 'invalid';
      name: string | null;
      address: string | null;
      requestIdentifier: string | null;
      requestDate: Date;
    }
  /** No answer: `error` is VIES's code (MS_UNAVAILABLE, TIMEOUT, …), NETWORK or MALFORMED_ANSWER. */
  | { outcome: 'unavailable'; error: string };

/** VIES writes "---" (or nothing) where a member state does not share a trader's name or address. */
function shared(value: unknown, max: number): string | null {
  if (typeof value !== 'string') return null;
  const text = value
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '')
    .trim()
    .slice(0, max);
  return text && text !== '---' ? text : null;
}

/**
 * The EU's VAT Information Exchange System over its REST API:
 * `POST {base}/check-vat-number` with `{countryCode, vatNumber}` (and the requester's VAT id, so that
 * the answer carries a consultation number). Errors come as `{errorWrappers: [{error, message}]}`;
 * INVALID_INPUT counts as "not valid", the busy/unavailable codes as "ask again later". The same
 * code path talks to the local sandbox when no VIES_URL is configured.
 */
@Injectable()
export class ViesClient {
  private readonly logger = new Logger('Vies');

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async check(target: { countryCode: string; vatNumber: string }): Promise<ViesAnswer> {
    const { baseUrl, requester, timeoutMs } = this.config.companies.vies;
    const body = {
      countryCode: target.countryCode,
      vatNumber: target.vatNumber,
      ...(requester ? { requesterMemberStateCode: requester.countryCode, requesterNumber: requester.vatNumber } : {}),
    };
    let response: Response;
    try {
      response = await fetch(`${baseUrl}/check-vat-number`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      this.logger.warn({ err: error, countryCode: target.countryCode }, 'VIES not reachable');
      return { outcome: 'unavailable', error: (error as Error).name === 'TimeoutError' ? 'TIMEOUT' : 'NETWORK' };
    }
    let answer: Record<string, unknown>;
    try {
      answer = (await response.json()) as Record<string, unknown>;
      if (!answer || typeof answer !== 'object') throw new Error('not an object');
    } catch {
      return { outcome: 'unavailable', error: response.ok ? 'MALFORMED_ANSWER' : 'SERVICE_UNAVAILABLE' };
    }
    const wrappers = Array.isArray(answer.errorWrappers) ? (answer.errorWrappers as { error?: unknown }[]) : [];
    const error =
      typeof wrappers[0]?.error === 'string' ? wrappers[0].error : typeof answer.userError === 'string' ? answer.userError : null;
    if (error && error !== 'VALID' && error !== 'INVALID') {
      if (error === 'INVALID_INPUT')
        return { outcome: 'invalid', name: null, address: null, requestIdentifier: null, requestDate: new Date() };
      if (!RETRYABLE.has(error)) this.logger.warn({ error, status: response.status }, 'VIES answered with an unexpected error');
      return { outcome: 'unavailable', error: error.slice(0, 40).replace(/[^A-Z0-9_]/g, '') || 'SERVICE_UNAVAILABLE' };
    }
    if (!response.ok || typeof (answer.valid ?? answer.isValid) !== 'boolean') {
      return { outcome: 'unavailable', error: response.ok ? 'MALFORMED_ANSWER' : 'SERVICE_UNAVAILABLE' };
    }
    const requestDate = typeof answer.requestDate === 'string' ? new Date(answer.requestDate) : new Date();
    return {
      outcome: (answer.valid ?? answer.isValid) === true ? 'valid' : 'invalid',
      name: shared(answer.name, 300),
      address: shared(answer.address, 600),
      requestIdentifier: shared(answer.requestIdentifier, 100),
      requestDate: Number.isNaN(requestDate.getTime()) ? new Date() : requestDate,
    };
  }
}
