import { Module } from '@nestjs/common';
import { PKI_RESOLVERS } from './pki.resolvers.js';

@Module({
  providers: [...PKI_RESOLVERS],
  exports: [],
})
export class PkiModule {}
