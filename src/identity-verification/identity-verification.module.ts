import { Module } from '@nestjs/common';
import { IDENTITY_VERIFICATION_RESOLVERS } from './identity-verification.resolvers.js';

@Module({
  providers: [...IDENTITY_VERIFICATION_RESOLVERS],
  exports: [],
})
export class IdentityVerificationModule {}
