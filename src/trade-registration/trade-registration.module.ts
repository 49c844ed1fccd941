import { Module } from '@nestjs/common';
import { TRADE_REGISTRATION_RESOLVERS } from './trade-registration.resolvers.js';

@Module({
  providers: [...TRADE_REGISTRATION_RESOLVERS],
  exports: [],
})
export class TradeRegistrationModule {}
