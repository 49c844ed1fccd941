import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { RateLimiterFactory } from '../common/rate-limit/rate-limiter.factory.js';

/**
 * Counts failed logins per e-mail address (known or not, so the limit reveals nothing) and per
 * client IP; past the limit every attempt is refused with RATE_LIMITED until the block ends.
 */
@Injectable()
export class LoginThrottleService {
  private readonly byAccount: RateLimiterAbstract;
  private readonly byIp: RateLimiterAbstract;

  constructor(@Inject(APP_CONFIG) config: AppConfig, factory: RateLimiterFactory) {
    const { loginMaxFailuresPerAccount, loginMaxFailuresPerIp, loginBlockSeconds } = config.auth;
    this.byAccount = factory.create({
      name: 'login_fail_account',
      points: loginMaxFailuresPerAccount,
      durationSeconds: loginBlockSeconds,
      blockSeconds: loginBlockSeconds,
    });
    this.byIp = factory.create({
      name: 'login_fail_ip',
      points: loginMaxFailuresPerIp,
      durationSeconds: 3600,
      blockSeconds: loginBlockSeconds,
    });
  }

  async assertAllowed(email: string, ip: string | undefined): Promise<void> {
    const [account, client] = await Promise.all([this.byAccount.get(email), ip ? this.byIp.get(ip) : null]);
    const waits = [account, client]
      .filter((state): state is RateLimiterRes => state !== null)
      .filter((state) => state.remainingPoints <= 0)
      .map((state) => state.msBeforeNext);
    if (waits.length > 0) throw DomainException.rateLimited(Math.max(1, Math.ceil(Math.max(...waits) / 1000)));
  }

  async recordFailure(email: string, ip: string | undefined): Promise<void> {
    await Promise.all([
      this.byAccount.consume(email).catch(() => undefined),
      ip ? this.byIp.consume(ip).catch(() => undefined) : undefined,
    ]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.byAccount.delete(email);
  }
}
