import { Module } from '@nestjs/common';
import { RateLimiterFactory } from '../common/rate-limit/rate-limiter.factory.js';
import { CompaniesModule } from '../companies/companies.module.js';
import { AuthoritySigner } from '../pki/authority/authority-signer.service.js';
import { CertificateAuthority } from '../pki/authority/certificate-authority.service.js';
import { PkiModule } from '../pki/pki.module.js';
import { CertificateStatusService } from '../pki/revocation/certificate-status.service.js';
import { MessageAttachmentStorage } from './attachment-storage.js';
import { MailboxNotifier } from './mailbox-notifier.js';
import { OFFICE_SIGNER, TRUST_ANCHORS, type OfficeSigner, type TrustAnchors } from './pki-ports.js';
import { SecureMailboxController } from './secure-mailbox.controller.js';
import { SecureMailboxService } from './secure-mailbox.service.js';
import { SECURE_MESSAGING_RESOLVERS } from './secure-messaging.resolvers.js';
import { SignatureCheckController } from './signature-check.controller.js';

@Module({
  imports: [PkiModule, CompaniesModule],
  controllers: [SecureMailboxController, SignatureCheckController],
  providers: [
    ...SECURE_MESSAGING_RESOLVERS,
    SecureMailboxService,
    MailboxNotifier,
    MessageAttachmentStorage,
    RateLimiterFactory,
    {
      provide: TRUST_ANCHORS,
      inject: [CertificateAuthority, CertificateStatusService],
      useFactory: (authority: CertificateAuthority, statuses: CertificateStatusService): TrustAnchors => ({
        chainPems: () => authority.chainPems(),
        statusOf: (serialHex) => statuses.statusOf(serialHex),
      }),
    },
    {
      provide: OFFICE_SIGNER,
      inject: [AuthoritySigner],
      useFactory: (signer: AuthoritySigner): OfficeSigner => ({ signDetached: (office, content) => signer.signDetached(office, content) }),
    },
  ],
  exports: [],
})
export class SecureMessagingModule {}
