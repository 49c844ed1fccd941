import { z } from 'zod';
import type { DomainConfigContext } from './domain-config-context.js';

/** Environment variables of the businessAddresses domain (validated with the rest in buildConfig). */
export const businessAddressesEnvironment = z.object({});

export interface BusinessAddressesConfig {}

export function businessAddressesConfig(_env: unknown /* z.infer<typeof businessAddressesEnvironment> once it has variables */, _context: DomainConfigContext): BusinessAddressesConfig {
  return {};
}
