import { z } from 'zod';
import { booleanFlag, developmentSecret, type DomainConfigContext } from './domain-config-context.js';

/** Environment variables of the identityVerification domain (validated with the rest in buildConfig). */
export const identityVerificationEnvironment = z.object({
  /** The eID service's OpenID Connect issuer (BundID, an eIDAS node). Without it, outside production, the built-in dev eID provider is used. */
  EID_ISSUER_URL: z.string().url().optional(),
  EID_CLIENT_ID: z.string().min(1).optional(),
  EID_CLIENT_SECRET: z.string().min(16).optional(),
  /** Scopes asked of the eID service (space-separated). */
  EID_SCOPES: z.string().default('openid profile eid'),
  /** How long a started eID login may take before its state expires. */
  EID_AUTHORIZATION_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(600),
  /** The local video identification sandbox (its pages under /dev/video-ident-sandbox); on outside production. */
  VIDEO_IDENT_SANDBOX: booleanFlag.optional(),
  /** How long the sandbox "reviews" a video identification before it decides. */
  VIDEO_IDENT_SANDBOX_DECISION_DELAY_SECONDS: z.coerce.number().int().min(0).max(86_400).default(15),
  /** The local sandbox of identification in person (a partner service point or a city self-service terminal); on outside production. */
  IN_PERSON_IDENT_SANDBOX: booleanFlag.optional(),
  /** Assurance policy: the level of assurance each service needs (see `AssurancePolicy`). */
  ASSURANCE_REQUIRED_COMPANY_CREATION: z.enum(['substantial', 'high']).default('substantial'),
  ASSURANCE_REQUIRED_TRADE_REGISTRATION: z.enum(['substantial', 'high']).default('substantial'),
  ASSURANCE_REQUIRED_SIGNATURE_CERTIFICATE: z.enum(['substantial', 'high']).default('high'),
  /** Lowest level of an applicant whose residency the rules may approve without staff. */
  RESIDENCY_AUTO_APPROVAL_MIN_ASSURANCE: z.enum(['low', 'substantial', 'high']).default('substantial'),
});

/** An eIDAS level as the policy names it. */
export type PolicyLevel = 'low' | 'substantial' | 'high';

/**
 * The level of assurance each service needs, decided by the city in configuration and checked at
 * start: along the journey a later service never needs less than an earlier one (company →
 * trade registration → signature certificate).
 */
export interface AssurancePolicy {
  companyCreation: 'substantial' | 'high';
  tradeRegistration: 'substantial' | 'high';
  /** The advanced signature certificate of the city CA (src/pki). */
  signatureCertificate: 'substantial' | 'high';
  residencyAutoApproval: PolicyLevel;
}

const LEVEL_ORDER: PolicyLevel[] = ['low', 'substantial', 'high'];

export interface IdentityVerificationConfig {
  eid: {
    issuerUrl: string;
    clientId: string;
    clientSecret: string;
    scopes: string;
    redirectUri: string;
    authorizationTtlSeconds: number;
    /** The in-process development eID provider, mounted under `devProviderPath` (only when no issuer is configured, never in production). */
    devProvider: { enabled: boolean; path: string };
  };
  video: {
    sandbox: { enabled: boolean; decisionDelaySeconds: number; path: string };
  };
  inPerson: {
    /** The local sandbox service points and terminal (`local-sandbox-service-point`); no real partner is integrated yet. */
    sandbox: { enabled: boolean };
  };
  assurancePolicy: AssurancePolicy;
}

export const DEV_EID_PATH = '/dev/eid';
export const VIDEO_IDENT_SANDBOX_PATH = '/dev/video-ident-sandbox';
const DEV_EID_CLIENT_ID = 'bochum-eresidency-dev';
const DEV_EID_CLIENT_SECRET = developmentSecret('development-only-eid-client-secret-000000');

export function identityVerificationConfig(
  env: z.infer<typeof identityVerificationEnvironment>,
  context: DomainConfigContext,
): IdentityVerificationConfig {
  const devProvider = !env.EID_ISSUER_URL && !context.isProduction;
  if (context.isProduction) {
    for (const variable of ['EID_ISSUER_URL', 'EID_CLIENT_ID', 'EID_CLIENT_SECRET'] as const) {
      if (!env[variable]) context.problems.push({ variable, problem: 'is required in production' });
    }
  }
  if (context.isProduction && env.VIDEO_IDENT_SANDBOX) {
    context.problems.push({
      variable: 'VIDEO_IDENT_SANDBOX',
      problem: 'must not be enabled in production (it approves anyone who types a name)',
    });
  }
  if (context.isProduction && env.IN_PERSON_IDENT_SANDBOX) {
    context.problems.push({
      variable: 'IN_PERSON_IDENT_SANDBOX',
      problem: 'must not be enabled in production (its terminal accepts any passport data typed in)',
    });
  }
  const journey = [
    ['ASSURANCE_REQUIRED_COMPANY_CREATION', env.ASSURANCE_REQUIRED_COMPANY_CREATION],
    ['ASSURANCE_REQUIRED_TRADE_REGISTRATION', env.ASSURANCE_REQUIRED_TRADE_REGISTRATION],
    ['ASSURANCE_REQUIRED_SIGNATURE_CERTIFICATE', env.ASSURANCE_REQUIRED_SIGNATURE_CERTIFICATE],
  ] as const;
  for (let index = 1; index < journey.length; index++) {
    const [variable, level] = journey[index];
    const [earlierVariable, earlier] = journey[index - 1];
    if (LEVEL_ORDER.indexOf(level) < LEVEL_ORDER.indexOf(earlier)) {
      context.problems.push({ variable, problem: `must not be lower than ${earlierVariable} (${earlier}): it comes later in the journey` });
    }
  }
  if (env.EID_ISSUER_URL && (!env.EID_CLIENT_ID || !env.EID_CLIENT_SECRET)) {
    context.problems.push({
      variable: 'EID_CLIENT_ID',
      problem: 'EID_CLIENT_ID and EID_CLIENT_SECRET are required when EID_ISSUER_URL is set',
    });
  }
  return {
    eid: {
      issuerUrl: (env.EID_ISSUER_URL ?? `${context.publicUrl}${DEV_EID_PATH}`).replace(/\/$/, ''),
      clientId: env.EID_CLIENT_ID ?? DEV_EID_CLIENT_ID,
      clientSecret: env.EID_CLIENT_SECRET ?? DEV_EID_CLIENT_SECRET,
      scopes: env.EID_SCOPES,
      redirectUri: `${context.publicUrl}/api/identity/eid/callback`,
      authorizationTtlSeconds: env.EID_AUTHORIZATION_TTL_SECONDS,
      devProvider: { enabled: devProvider, path: DEV_EID_PATH },
    },
    video: {
      sandbox: {
        enabled: env.VIDEO_IDENT_SANDBOX ?? !context.isProduction,
        decisionDelaySeconds: env.VIDEO_IDENT_SANDBOX_DECISION_DELAY_SECONDS,
        path: VIDEO_IDENT_SANDBOX_PATH,
      },
    },
    inPerson: { sandbox: { enabled: env.IN_PERSON_IDENT_SANDBOX ?? !context.isProduction } },
    assurancePolicy: {
      companyCreation: env.ASSURANCE_REQUIRED_COMPANY_CREATION,
      tradeRegistration: env.ASSURANCE_REQUIRED_TRADE_REGISTRATION,
      signatureCertificate: env.ASSURANCE_REQUIRED_SIGNATURE_CERTIFICATE,
      residencyAutoApproval: env.RESIDENCY_AUTO_APPROVAL_MIN_ASSURANCE,
    },
  };
}
