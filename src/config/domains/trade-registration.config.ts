import path from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../../common/project-root.js';
import type { DomainConfigContext } from './domain-config-context.js';

/** Environment variables of the tradeRegistration domain (validated with the rest in buildConfig). */
export const tradeRegistrationEnvironment = z.object({
  /** Where the official WZ genericode files shipped with the project are (the built-in edition is read from there). */
  WZ_DATA_DIR: z.string().min(1).default('src/trade-registration/wz/data'),
  /** The WZ edition shipped with the project that the form uses (an edition staff imported takes precedence). */
  WZ_EDITION: z.enum(['WZ 2008', 'WZ 2025']).default('WZ 2008'),
  /** How many days in the past the start of the business may lie when submitting (registration is due at the start). */
  TRADE_REGISTRATION_START_MAX_PAST_DAYS: z.coerce.number().int().min(0).max(365).default(30),
  /** How far ahead the start may lie. */
  TRADE_REGISTRATION_START_MAX_FUTURE_DAYS: z.coerce.number().int().min(1).max(1000).default(365),
  /** Days the economic development office has for a case. */
  TRADE_REGISTRATION_CASE_DUE_DAYS: z.coerce.number().int().min(1).max(90).default(5),
});

export interface TradeRegistrationConfig {
  wzDataDir: string;
  wzEdition: 'WZ 2008' | 'WZ 2025';
  startMaxPastDays: number;
  startMaxFutureDays: number;
  caseDueDays: number;
}

export function tradeRegistrationConfig(
  env: z.infer<typeof tradeRegistrationEnvironment>,
  _context: DomainConfigContext,
): TradeRegistrationConfig {
  return {
    wzDataDir: path.resolve(PROJECT_ROOT, env.WZ_DATA_DIR),
    wzEdition: env.WZ_EDITION,
    startMaxPastDays: env.TRADE_REGISTRATION_START_MAX_PAST_DAYS,
    startMaxFutureDays: env.TRADE_REGISTRATION_START_MAX_FUTURE_DAYS,
    caseDueDays: env.TRADE_REGISTRATION_CASE_DUE_DAYS,
  };
}
