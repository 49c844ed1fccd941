import { Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { RateLimiterFactory } from '../common/rate-limit/rate-limiter.factory.js';
import { DevEidProvider } from './dev-eid/dev-eid-provider.js';
import { EidAuthorizationCleanupJob } from './eid/eid-authorization-cleanup.job.js';
import { EidCallbackController } from './eid/eid-callback.controller.js';
import { EidRelyingParty } from './eid/eid-relying-party.js';
import { EidSignInService } from './eid/eid-sign-in.service.js';
import { EidVerificationService } from './eid/eid-verification.service.js';
import { IDENTITY_VERIFICATION_RESOLVERS } from './identity-verification.resolvers.js';
import { VerificationStartThrottle } from './verification-start-throttle.js';
import { VerifiedIdentities } from './verified-identities.service.js';
import { VideoIdentSandboxController } from './video/sandbox/video-ident-sandbox.controller.js';
import { VideoIdentSandboxJob } from './video/sandbox/video-ident-sandbox.job.js';
import { VideoIdentSandboxPartner } from './video/sandbox/video-ident-sandbox.partner.js';
import { VIDEO_IDENTIFICATION_PARTNER } from './video/video-identification-partner.js';
import { VideoIdentificationService } from './video/video-identification.service.js';
import { IdentityModule } from '../identity/index.js';
import { IN_PERSON_IDENTIFICATION_PARTNER } from './in-person/in-person-identification-partner.js';
import { InPersonIdentificationService } from './in-person/in-person-identification.service.js';
import { InPersonSandboxPartner } from './in-person/sandbox/in-person-sandbox.partner.js';
import { IdentityVerificationPersonalData } from './identity-verification-personal-data.js';

@Module({
  imports: [IdentityModule],
  controllers: [EidCallbackController, VideoIdentSandboxController],
  providers: [
    IdentityVerificationPersonalData,
    VerifiedIdentities,
    RateLimiterFactory,
    VerificationStartThrottle,
    DevEidProvider,
    EidRelyingParty,
    EidSignInService,
    EidVerificationService,
    EidAuthorizationCleanupJob,
    VideoIdentSandboxPartner,
    {
      provide: VIDEO_IDENTIFICATION_PARTNER,
      inject: [APP_CONFIG, VideoIdentSandboxPartner],
      // Only the local sandbox exists so far; without it (production) video identification is not offered.
      useFactory: (config: AppConfig, sandbox: VideoIdentSandboxPartner) =>
        config.identityVerification.video.sandbox.enabled ? sandbox : null,
    },
    VideoIdentificationService,
    VideoIdentSandboxJob,
    InPersonSandboxPartner,
    {
      provide: IN_PERSON_IDENTIFICATION_PARTNER,
      inject: [APP_CONFIG, InPersonSandboxPartner],
      // Only the local sandbox service points exist so far; without them (production) identification in person is not offered.
      useFactory: (config: AppConfig, sandbox: InPersonSandboxPartner) =>
        config.identityVerification.inPerson.sandbox.enabled ? sandbox : null,
    },
    InPersonIdentificationService,
    ...IDENTITY_VERIFICATION_RESOLVERS,
  ],
  exports: [VerifiedIdentities],
})
export class IdentityVerificationModule {}
