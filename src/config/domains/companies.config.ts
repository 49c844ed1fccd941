import { z } from 'zod';
import type { DomainConfigContext } from './domain-config-context.js';

/** Environment variables of the companies domain (validated with the rest in buildConfig). */
export const companiesEnvironment = z.object({
  /** A journey without activity (or with a step waiting) for this long counts as stuck. */
  JOURNEY_STUCK_AFTER_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(72),
  /** The client's heartbeat interval; the server credits at most this much per beat. */
  JOURNEY_HEARTBEAT_SECONDS: z.coerce.number().int().min(5).max(120).default(15),
  /** The most active time carried over from before the company existed (the /company/new page). */
  JOURNEY_PRE_COMPANY_MAX_SECONDS: z.coerce.number().int().min(0).max(7200).default(1800),
  COMPANY_INVITATION_DAYS: z.coerce.number().int().min(1).max(60).default(14),
  REGISTER_EXTRACT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1_048_576)
    .default(10 * 1_048_576),
});

export interface CompaniesConfig {
  journeyStuckAfterHours: number;
  heartbeatSeconds: number;
  preCompanyMaxSeconds: number;
  invitationDays: number;
  registerExtractMaxBytes: number;
}

export function companiesConfig(env: z.infer<typeof companiesEnvironment>, _context: DomainConfigContext): CompaniesConfig {
  return {
    journeyStuckAfterHours: env.JOURNEY_STUCK_AFTER_HOURS,
    heartbeatSeconds: env.JOURNEY_HEARTBEAT_SECONDS,
    preCompanyMaxSeconds: env.JOURNEY_PRE_COMPANY_MAX_SECONDS,
    invitationDays: env.COMPANY_INVITATION_DAYS,
    registerExtractMaxBytes: env.REGISTER_EXTRACT_MAX_BYTES,
  };
}
