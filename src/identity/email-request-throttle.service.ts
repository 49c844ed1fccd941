import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { RequestContext } from '../common/context/request-context.js';
import { RateLimiterFactory } from '../common/rate-limit/rate-limiter.factory.js';
import { normalizeEmail } from './email-address.js';
import { IdentityException } from './identity.exception.js';

const HOUR_SECONDS = 3600;

/**
 * Bounds the e-mails anyone can have the platform send on request (registration, verification
 * and reset links, invitations, …): per target address, so that nobody's inbox can be flooded, and
 * per client IP, so that one client cannot send to many addresses. The counters live in the shared
 * rate-limit store (Redis or PostgreSQL), so the limits hold across processes.
 *
 * Call it for every such request whether or not an e-mail actually goes out (an unknown address
 * counts like a known one), so that the limit reveals nothing.
 */
@Injectable()
export class EmailRequestThrottle {
  private readonly byAddress: RateLimiterAbstract;
  private readonly byIp: RateLimiterAbstract;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    factory: RateLimiterFactory,
    private readonly requestContext: RequestContext,
  ) {
    this.byAddress = factory.create({
      name: 'email_request_address',
      points: config.auth.emailRequestsPerAddressPerHour,
      durationSeconds: HOUR_SECONDS,
    });
    this.byIp = factory.create({ name: 'email_request_ip', points: config.auth.emailRequestsPerIpPerHour, durationSeconds: HOUR_SECONDS });
  }

  /**
   * Counts one e-mail requested for `email` by the current client (its IP from the request
   * context); RATE_LIMITED, with the wait, once either limit is reached.
   */
  async consume(email: string, ip: string | undefined = this.requestContext.ip): Promise<void> {
    if (ip) await this.take(this.byIp, ip);
    // Hashed: the counters need no readable addresses.
    await this.take(this.byAddress, createHash('sha256').update(normalizeEmail(email)).digest('hex'));
  }

  private async take(limiter: RateLimiterAbstract, key: string): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw IdentityException.tooManyEmails(rejection.msBeforeNext);
      throw rejection;
    }
  }
}
