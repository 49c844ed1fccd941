import { z } from 'zod';
import type { DomainConfigContext } from './domain-config-context.js';

/** Environment variables of the identityVerification domain (validated with the rest in buildConfig). */
export const identityVerificationEnvironment = z.object({});

export interface IdentityVerificationConfig {}

export function identityVerificationConfig(_env: unknown /* z.infer<typeof identityVerificationEnvironment> once it has variables */, _context: DomainConfigContext): IdentityVerificationConfig {
  return {};
}
