import type { Type } from '@nestjs/common';
import { TradeRegistrationCaseFieldsResolver } from './trade-registration-case-fields.resolver.js';
import { TradeRegistrationResolver } from './trade-registration.resolver.js';
import { TradeRegistrationLiveResolver } from './trade-registration-live.resolver.js';

/** The GraphQL resolvers of this domain (module providers and the schema generator). */
export const TRADE_REGISTRATION_RESOLVERS: Type[] = [
  TradeRegistrationResolver,
  TradeRegistrationCaseFieldsResolver,
  TradeRegistrationLiveResolver,
];
