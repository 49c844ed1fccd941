import { z } from 'zod';
import { booleanFlag, type DomainConfigContext } from './domain-config-context.js';

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
  /** The EU's VIES REST API (base URL, without /check-vat-number). Without it, outside production, the app's own VIES sandbox answers. */
  VIES_URL: z.string().url().optional(),
  /** The local VIES sandbox under /dev/vies-sandbox/rest-api (on outside production when VIES_URL is not set). */
  VIES_SANDBOX: booleanFlag.optional(),
  /** The city's own VAT id: sent as requester, so that VIES answers with a consultation number (requestIdentifier). */
  VIES_REQUESTER_VAT_ID: z
    .string()
    .regex(/^[A-Z]{2}[0-9A-Z]{2,13}$/)
    .optional(),
  VIES_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(60).default(10),
  /** First automatic retry after VIES was unavailable; each further attempt waits twice as long. */
  VIES_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  /** Automatic retries before the check waits for "check again". */
  VIES_RETRY_ATTEMPTS: z.coerce.number().int().min(0).max(20).default(6),
  /** "Check again" is refused for this long after the last attempt (VIES asks callers not to hammer it). */
  VIES_RECHECK_MIN_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
});

export interface CompaniesConfig {
  journeyStuckAfterHours: number;
  heartbeatSeconds: number;
  preCompanyMaxSeconds: number;
  invitationDays: number;
  registerExtractMaxBytes: number;
  vies: {
    /** Base URL of the VIES REST API (the official one, another endpoint, or the local sandbox). */
    baseUrl: string;
    sandbox: { enabled: boolean; path: string };
    requester: { countryCode: string; vatNumber: string } | null;
    timeoutMs: number;
    retryDelaySeconds: number;
    retryAttempts: number;
    recheckMinSeconds: number;
  };
}

export const VIES_OFFICIAL_URL = 'https://ec.europa.eu/taxation_customs/vies/rest-api';
export const VIES_SANDBOX_PATH = '/dev/vies-sandbox/rest-api';

export function companiesConfig(env: z.infer<typeof companiesEnvironment>, context: DomainConfigContext): CompaniesConfig {
  if (context.isProduction && env.VIES_SANDBOX) {
    context.problems.push({ variable: 'VIES_SANDBOX', problem: 'must not be enabled in production (it confirms made-up VAT ids)' });
  }
  const sandbox = env.VIES_SANDBOX ?? (!env.VIES_URL && !context.isProduction);
  const baseUrl = env.VIES_URL ?? (sandbox ? `${context.publicUrl}${VIES_SANDBOX_PATH}` : VIES_OFFICIAL_URL);
  return {
    journeyStuckAfterHours: env.JOURNEY_STUCK_AFTER_HOURS,
    heartbeatSeconds: env.JOURNEY_HEARTBEAT_SECONDS,
    preCompanyMaxSeconds: env.JOURNEY_PRE_COMPANY_MAX_SECONDS,
    invitationDays: env.COMPANY_INVITATION_DAYS,
    registerExtractMaxBytes: env.REGISTER_EXTRACT_MAX_BYTES,
    vies: {
      baseUrl: baseUrl.replace(/\/$/, ''),
      sandbox: { enabled: sandbox, path: VIES_SANDBOX_PATH },
      requester: env.VIES_REQUESTER_VAT_ID
        ? { countryCode: env.VIES_REQUESTER_VAT_ID.slice(0, 2), vatNumber: env.VIES_REQUESTER_VAT_ID.slice(2) }
        : null,
      timeoutMs: env.VIES_TIMEOUT_SECONDS * 1000,
      retryDelaySeconds: env.VIES_RETRY_DELAY_SECONDS,
      retryAttempts: env.VIES_RETRY_ATTEMPTS,
      recheckMinSeconds: env.VIES_RECHECK_MIN_SECONDS,
    },
  };
}
