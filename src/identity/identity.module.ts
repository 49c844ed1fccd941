import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { PassportModule } from '@nestjs/passport';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { JwtStrategy } from '../common/auth/jwt.strategy.js';
import { SessionVerifier } from '../common/auth/session-verifier.js';
import { RateLimiterFactory } from '../common/rate-limit/rate-limiter.factory.js';
import { AccountDirectory } from './account-directory.js';
import { AccountRecipients } from './account-recipients.js';
import { AccountService } from './account.service.js';
import { AccountTokenService } from './account-token.service.js';
import { AuthenticationService } from './authentication.service.js';
import { EmailRequestThrottle } from './email-request-throttle.service.js';
import { FederatedSignIn } from './federated-sign-in.service.js';
import { IdentityResolver } from './identity.resolver.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { PasswordService } from './password.service.js';
import { RoleAdministration } from './roles/role-administration.service.js';
import { RoleAdministrationResolver } from './roles/role-administration.resolver.js';
import { RoleAssuranceRequirements } from './roles/role-assurance-requirements.service.js';
import { SessionCheck } from './session-check.service.js';
import { SessionService } from './session.service.js';
import { IdentityPersonalData } from './identity-personal-data.js';

@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      // A KeyObject, so jsonwebtoken does not try to parse the secret as a private key on every sign.
      useFactory: (config: AppConfig) => ({ privateKey: createSecretKey(Buffer.from(config.auth.jwtSecret)) }),
    }),
  ],
  providers: [
    IdentityPersonalData,
    JwtStrategy,
    RateLimiterFactory,
    PasswordService,
    AccountTokenService,
    AccountRecipients,
    SessionCheck,
    { provide: SessionVerifier, useExisting: SessionCheck },
    SessionService,
    LoginThrottleService,
    EmailRequestThrottle,
    AccountService,
    AccountDirectory,
    AuthenticationService,
    FederatedSignIn,
    IdentityResolver,
    RoleAdministration,
    RoleAssuranceRequirements,
    RoleAdministrationResolver,
  ],
  exports: [AccountService, AccountDirectory, EmailRequestThrottle, PasswordService, SessionService, FederatedSignIn, IdentityPersonalData],
})
export class IdentityModule {}
