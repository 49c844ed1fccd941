import { z } from 'zod';
import type { DomainConfigContext } from './domain-config-context.js';

/** Environment variables of the tradeRegistration domain (validated with the rest in buildConfig). */
export const tradeRegistrationEnvironment = z.object({});

export interface TradeRegistrationConfig {}

export function tradeRegistrationConfig(_env: unknown /* z.infer<typeof tradeRegistrationEnvironment> once it has variables */, _context: DomainConfigContext): TradeRegistrationConfig {
  return {};
}
