import { Injectable } from '@nestjs/common';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { DomainException } from '../common/errors/domain.exception.js';
import { RateLimiterFactory } from '../common/rate-limit/rate-limiter.factory.js';

const STARTS_PER_HOUR = 20;

/** Limits how often one account starts identifications (eID and video together). */
@Injectable()
export class VerificationStartThrottle {
  private readonly limiter: RateLimiterAbstract;

  constructor(factory: RateLimiterFactory) {
    this.limiter = factory.create({ name: 'identity_verification_start', points: STARTS_PER_HOUR, durationSeconds: 3600 });
  }

  async consume(accountId: string): Promise<void> {
    try {
      await this.limiter.consume(accountId);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw DomainException.rateLimited(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      throw rejection;
    }
  }
}
