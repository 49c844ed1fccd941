import { Module } from '@nestjs/common';
import { RateLimiterFactory } from '../common/rate-limit/rate-limiter.factory.js';
import { CompaniesModule } from '../companies/index.js';
import { PkiModule } from '../pki/index.js';
import { MessageAttachmentStorage } from './attachment-storage.js';
import { MailboxNotifier } from './mailbox-notifier.js';
import { SecureMailboxController } from './secure-mailbox.controller.js';
import { SecureMailboxService } from './secure-mailbox.service.js';
import { SECURE_MESSAGING_RESOLVERS } from './secure-messaging.resolvers.js';
import { SignatureCheckController } from './signature-check.controller.js';
import { IdentityModule } from '../identity/index.js';
import { SecureMessagingPersonalData } from './secure-messaging-personal-data.js';

@Module({
  imports: [IdentityModule, PkiModule, CompaniesModule],
  controllers: [SecureMailboxController, SignatureCheckController],
  providers: [
    SecureMessagingPersonalData,
    ...SECURE_MESSAGING_RESOLVERS,
    SecureMailboxService,
    MailboxNotifier,
    MessageAttachmentStorage,
    RateLimiterFactory,
  ],
  exports: [],
})
export class SecureMessagingModule {}
