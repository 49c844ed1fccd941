import { z } from 'zod';
import type { DomainConfigContext } from './domain-config-context.js';

/** Environment variables of the pki domain (validated with the rest in buildConfig). */
export const pkiEnvironment = z.object({});

export interface PkiConfig {}

export function pkiConfig(_env: unknown /* z.infer<typeof pkiEnvironment> once it has variables */, _context: DomainConfigContext): PkiConfig {
  return {};
}
