import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../common/audit/audit.service.js';
import { Account } from './account.entity.js';
import { normalizeEmail } from './account.service.js';
import { IdentityException } from './identity.exception.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { PasswordService } from './password.service.js';
import { SessionService, type IssuedSession } from './session.service.js';

/** Password sign-in with throttling, uniform failures and an audit entry for every attempt. */
@Injectable()
export class AuthenticationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly throttle: LoginThrottleService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  async login(input: { email: string; password: string }, ip: string | undefined): Promise<IssuedSession> {
    const email = normalizeEmail(input.email);
    try {
      await this.throttle.assertAllowed(email, ip);
    } catch (error) {
      await this.audit.record({ action: 'auth.login_throttled', details: { email } });
      throw error;
    }
    const account = await this.dataSource.manager.findOneBy(Account, { email });
    const valid = await this.passwords.verify(account?.passwordHash ?? null, input.password);
    if (!account || !valid) {
      await this.throttle.recordFailure(email, ip);
      await this.audit.record({ action: 'auth.login_failed', actorAccountId: account?.id ?? null, details: { email } });
      throw IdentityException.invalidCredentials();
    }
    await this.throttle.recordSuccess(email);
    if (!account.emailVerifiedAt) {
      await this.audit.record({
        action: 'auth.login_unverified',
        actorAccountId: account.id,
        subjectType: 'account',
        subjectId: account.id,
      });
      throw IdentityException.emailNotVerified();
    }
    if (this.passwords.needsRehash(account.passwordHash)) {
      await this.dataSource.manager.update(Account, { id: account.id }, { passwordHash: await this.passwords.hash(input.password) });
    }
    return this.dataSource.transaction(async (manager) => {
      const session = await this.sessions.start(account, manager);
      await this.audit.record({ action: 'auth.login', actorAccountId: account.id, subjectType: 'account', subjectId: account.id }, manager);
      return session;
    });
  }
}
