import type { Type } from '@nestjs/common';
import { BankingResolver } from './banking.resolver.js';

/** The GraphQL resolvers of this domain (module providers and the schema generator). */
export const BANKING_RESOLVERS: Type[] = [BankingResolver];
