import { Module } from '@nestjs/common';
import { SECURE_MESSAGING_RESOLVERS } from './secure-messaging.resolvers.js';

@Module({
  providers: [...SECURE_MESSAGING_RESOLVERS],
  exports: [],
})
export class SecureMessagingModule {}
