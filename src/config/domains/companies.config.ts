import { z } from 'zod';
import type { DomainConfigContext } from './domain-config-context.js';

/** Environment variables of the companies domain (validated with the rest in buildConfig). */
export const companiesEnvironment = z.object({});

export interface CompaniesConfig {}

export function companiesConfig(_env: unknown /* z.infer<typeof companiesEnvironment> once it has variables */, _context: DomainConfigContext): CompaniesConfig {
  return {};
}
