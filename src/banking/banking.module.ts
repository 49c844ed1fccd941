import { Module } from '@nestjs/common';
import { BANKING_RESOLVERS } from './banking.resolvers.js';

@Module({
  providers: [...BANKING_RESOLVERS],
  exports: [],
})
export class BankingModule {}
