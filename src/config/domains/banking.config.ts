import { z } from 'zod';
import type { DomainConfigContext } from './domain-config-context.js';

/** Environment variables of the banking domain (validated with the rest in buildConfig). */
export const bankingEnvironment = z.object({});

export interface BankingConfig {}

export function bankingConfig(_env: unknown /* z.infer<typeof bankingEnvironment> once it has variables */, _context: DomainConfigContext): BankingConfig {
  return {};
}
