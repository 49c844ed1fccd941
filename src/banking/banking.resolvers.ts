import type { Type } from '@nestjs/common';
import { PartnerBankAdminResolver } from './admin/partner-bank-admin.resolver.js';
import { BankingResolver } from './banking.resolver.js';

/** The GraphQL resolvers of this domain (module providers and the schema generator). */
export const BANKING_RESOLVERS: Type[] = [BankingResolver, PartnerBankAdminResolver];
