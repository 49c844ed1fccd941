import { developmentSecret, isDevelopmentSecret, type DomainConfigContext } from './domains/domain-config-context.js';
import {
  identityVerificationConfig,
  identityVerificationEnvironment,
  type IdentityVerificationConfig,
} from './domains/identity-verification.config.js';
import { companiesConfig, companiesEnvironment, type CompaniesConfig } from './domains/companies.config.js';
import {
  tradeRegistrationConfig,
  tradeRegistrationEnvironment,
  type TradeRegistrationConfig,
} from './domains/trade-registration.config.js';
import { businessAddressConfig, businessAddressEnvironment, type BusinessAddressConfig } from './domains/business-address.config.js';
import { bankingConfig, bankingEnvironment, type BankingConfig } from './domains/banking.config.js';
import { pkiConfig, pkiEnvironment, type PkiConfig } from './domains/pki.config.js';
import { messagingConfig, messagingEnvironment, type MessagingConfig } from './domains/secure-messaging.config.js';
import { surveysConfig, surveysEnvironment, type SurveysConfig } from './domains/surveys.config.js';
import { legalConfig, legalEnvironment, type LegalConfig } from './domains/legal.config.js';
import { kioskConfig, kioskEnvironment, type KioskConfig } from './domains/kiosk.config.js';
import { consultationsConfig, consultationsEnvironment, type ConsultationsConfig } from './domains/consultations.config.js';
import { privacyConfig, privacyEnvironment, type PrivacyConfig } from './domains/privacy.config.js';
import { observabilityConfig, observabilityEnvironment, type ObservabilityConfig } from './domains/observability.config.js';
import { s3StorageConfig, storageEnvironment, type S3StorageConfig } from './domains/storage.config.js';
import { z } from 'zod';
import { LANGUAGE_CODES } from '../../packages/shared/src/languages.js';

const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((value) => value === '1' || value === 'true' || value === 'yes');

const languageList = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(LANGUAGE_CODES as [string, ...string[]])).min(1));

const RESIDENCY_CATEGORY_NAMES = ['student', 'commuter', 'second_home', 'former_resident'] as const;
export type ResidencyCategoryName = (typeof RESIDENCY_CATEGORY_NAMES)[number];

const residencyCategoryList = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(RESIDENCY_CATEGORY_NAMES)));

/** 0 means free; otherwise at least Stripe's minimum charge in EUR (50 cents). */
const feeCents = z.coerce
  .number()
  .int()
  .min(0)
  .max(1_000_000)
  .refine((cents) => cents === 0 || cents >= 50, 'must be 0 (free) or at least 50 cents');

const webhookSecret = z.string().regex(/^whsec_\w{16,}$/, 'must look like whsec_… (at least 16 characters after the prefix)');

const DEVELOPMENT_JWT_SECRET = developmentSecret('development-only-secret-do-not-use-in-production-0123456789');
const DEVELOPMENT_CARD_KEY_PASSPHRASE = developmentSecret('development-only-card-key-passphrase');
const DEVELOPMENT_SANDBOX_WEBHOOK_SECRET = developmentSecret('whsec_bochumEresidencyLocalSandboxNotASecret0000');

const postgresUrl = z
  .string()
  .url()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must start with postgres:// or postgresql://');

/** Every environment variable the application reads, validated once at start-up. */
export const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** After SIGTERM/SIGINT the process drains and stops within this time, or exits anyway (Kubernetes waits 30 s by default). */
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().min(1).max(600).default(25),
  /**
   * After SIGTERM/SIGINT the process first keeps serving while `/health/ready` answers 503 for this
   * long, so that a load balancer checking it (HAProxy) stops sending before the listener closes; 0
   * where the platform drains by itself (Kubernetes: the pods' preStop pause).
   */
  SHUTDOWN_DRAIN_SECONDS: z.coerce.number().min(0).max(60).default(0),
  PUBLIC_URL: z.string().url().optional(),
  DATABASE_URL: postgresUrl.optional(),
  /** A direct connection (not through PgBouncer in transaction mode) for LISTEN, the cluster event bus; defaults to DATABASE_URL. */
  DATABASE_LISTEN_URL: postgresUrl.optional(),
  DB_SKIP_MIGRATIONS: booleanFlag.default(false),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /**
   * Pool connections prepare the statements they run often (src/database/preparing-client.ts). Off
   * behind a transaction-mode PgBouncer older than 1.21, or without `max_prepared_statements`.
   */
  DB_PREPARED_STATEMENTS: booleanFlag.default(true),
  /** How long a request waits for a free pool connection before it is refused as busy. */
  DB_POOL_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  /** How long one statement waits for a lock (row, advisory) before it is refused as busy. */
  DB_LOCK_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  /** The longest one statement may run. */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  /** A transaction left idle this long is ended by the server, and its connection with it. */
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
  DATA_DIR: z.string().default('.data'),
  EMBEDDED_PG_PASSWORD: z.string().min(8).default('embedded-postgres-local'),
  REDIS_URL: z.string().url().optional(),
  JWT_SECRET: z.string().min(32).optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(600),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  /** A rotated refresh token may be presented again this long while its successor is unused (a lost response). */
  REFRESH_TOKEN_REUSE_GRACE_SECONDS: z.coerce.number().int().min(0).max(60).default(10),
  EMAIL_TOKEN_TTL_HOURS: z.coerce.number().int().min(1).max(168).default(24),
  PASSWORD_RESET_TTL_MINUTES: z.coerce.number().int().min(5).max(1440).default(60),
  PASSWORD_HASH_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  /** `fast-test-only` (1 MiB, one pass) keeps thousands of test sign-ins cheap; refused outside NODE_ENV=test. */
  PASSWORD_HASH_PROFILE: z.enum(['owasp', 'fast-test-only']).default('owasp'),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(100),
  LOGIN_BLOCK_SECONDS: z.coerce.number().int().min(1).default(900),
  /** E-mails people may have sent on request (registration, links, invitations) per target address and hour. */
  EMAIL_REQUESTS_PER_ADDRESS_PER_HOUR: z.coerce.number().int().min(1).max(1000).default(5),
  /** The same per client IP and hour (behind a proxy, set TRUST_PROXY so that this is the client's). */
  EMAIL_REQUESTS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).max(1_000_000).default(30),
  /** How long a process trusts its check of a session and its account's roles; logout and role changes in the same process apply at once. */
  SESSION_CHECK_CACHE_SECONDS: z.coerce.number().int().min(0).max(60).default(5),
  TRUST_PROXY: booleanFlag.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: booleanFlag.optional(),
  SUPPORTED_LANGUAGES: languageList.default([...LANGUAGE_CODES]),
  DEFAULT_LANGUAGE: z
    .string()
    .regex(/^[a-z]{2}$/)
    .default('de'),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).default(8),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).default(15),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(100).default(5000),
  SEED_DEMO_DATA: booleanFlag.optional(),
  CITY_NAME: z.string().default('Bochum'),
  FEE_CITIZEN_CARD_CENTS: feeCents.default(1500),
  FEE_TRADE_REGISTRATION_CENTS: feeCents.default(2600),
  FEE_BUSINESS_ADDRESS_CENTS: feeCents.default(0),
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_(test|live)_\w+$/, 'must look like sk_test_… or sk_live_…')
    .optional(),
  STRIPE_WEBHOOK_SECRET: webhookSecret.optional(),
  STRIPE_API_URL: z.string().url().optional(),
  STRIPE_SANDBOX_WEBHOOK_SECRET: webhookSecret.default(DEVELOPMENT_SANDBOX_WEBHOOK_SECRET),
  PAYMENTS_SANDBOX: booleanFlag.optional(),
  FILES_DIR: z.string().optional(),
  EVIDENCE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1_048_576)
    .default(10 * 1_048_576),
  EVIDENCE_MAX_FILES: z.coerce.number().int().min(1).max(50).default(5),
  RESIDENCY_AUTO_APPROVAL: booleanFlag.default(true),
  RESIDENCY_AUTO_APPROVAL_CATEGORIES: residencyCategoryList.default([...RESIDENCY_CATEGORY_NAMES]),
  RESIDENCY_VALIDITY_MONTHS_STUDENT: z.coerce.number().int().min(1).max(120).default(12),
  RESIDENCY_VALIDITY_MONTHS_COMMUTER: z.coerce.number().int().min(1).max(120).default(12),
  RESIDENCY_VALIDITY_MONTHS_SECOND_HOME: z.coerce.number().int().min(1).max(120).default(24),
  RESIDENCY_VALIDITY_MONTHS_FORMER_RESIDENT: z.coerce.number().int().min(1).max(120).default(36),
  RESIDENCY_CASE_DUE_DAYS: z.coerce.number().int().min(1).max(90).default(5),
  RESIDENCY_EXPIRY_CHECK_MINUTES: z.coerce.number().int().min(1).max(1440).default(60),
  JOBS_WORKERS: booleanFlag.default(true),
  JOBS_POLLING_INTERVAL_SECONDS: z.coerce.number().min(0.5).max(60).default(1),
  JOBS_MAINTENANCE_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  EMAIL_SEND_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  EMAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  EMAIL_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  EMAIL_FROM: z.string().email().default('e-residency@bochum.example'),
  EMAIL_FROM_NAME: z.string().default('Stadt Bochum – e-Residency'),
  SENDGRID_API_KEY: z.string().min(10).optional(),
  SENDGRID_API_URL: z.string().url().optional(),
  CARD_KEY_PASSPHRASE: z.string().min(16).optional(),
  CARD_VALIDITY_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  STATUS_LIST_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(7 * 86_400)
    .default(86_400),
  STATUS_LIST_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  PARTNER_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000_000).default(1200),
  PARTNER_KEY_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  VERIFICATION_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  VERIFICATION_PSEUDONYM_SECRET: z.string().min(32).optional(),
  ...identityVerificationEnvironment.shape,
  ...companiesEnvironment.shape,
  ...tradeRegistrationEnvironment.shape,
  ...businessAddressEnvironment.shape,
  ...bankingEnvironment.shape,
  ...pkiEnvironment.shape,
  ...messagingEnvironment.shape,
  ...surveysEnvironment.shape,
  ...legalEnvironment.shape,
  ...kioskEnvironment.shape,
  ...consultationsEnvironment.shape,
  ...privacyEnvironment.shape,
  ...observabilityEnvironment.shape,
  ...storageEnvironment.shape,
});

export type Environment = z.infer<typeof environmentSchema>;

/** Bounds on every wait for the database, so that the worst case is an error for the caller, never a frozen server. */
export interface DatabaseTimeouts {
  poolAcquireMs: number;
  lockMs: number;
  statementMs: number;
  idleInTransactionMs: number;
}

export interface AppConfig {
  identityVerification: IdentityVerificationConfig;
  companies: CompaniesConfig;
  tradeRegistration: TradeRegistrationConfig;
  businessAddress: BusinessAddressConfig;
  banking: BankingConfig;
  pki: PkiConfig;
  messaging: MessagingConfig;
  surveys: SurveysConfig;
  legal: LegalConfig;
  kiosk: KioskConfig;
  consultations: ConsultationsConfig;
  privacy: PrivacyConfig;
  observability: ObservabilityConfig;
  env: Environment['NODE_ENV'];
  isProduction: boolean;
  port: number;
  host: string;
  shutdownGraceMs: number;
  shutdownDrainMs: number;
  publicUrl: string;
  cityName: string;
  database: {
    url?: string;
    /** For the cluster event bus's LISTEN connection, when the pool goes through a transaction-mode pooler. */
    listenUrl?: string;
    skipMigrations: boolean;
    poolSize: number;
    /** Pool connections prepare the statements they run often. */
    preparedStatements: boolean;
    timeouts: DatabaseTimeouts;
    dataDir: string;
    embeddedPassword: string;
  };
  redisUrl?: string;
  auth: {
    jwtSecret: string;
    accessTokenTtlSeconds: number;
    refreshTokenTtlDays: number;
    refreshReuseGraceSeconds: number;
    emailTokenTtlHours: number;
    passwordResetTtlMinutes: number;
    passwordHashConcurrency: number;
    passwordHashProfile: 'owasp' | 'fast-test-only';
    loginMaxFailuresPerAccount: number;
    loginMaxFailuresPerIp: number;
    loginBlockSeconds: number;
    emailRequestsPerAddressPerHour: number;
    emailRequestsPerIpPerHour: number;
    sessionCheckCacheSeconds: number;
    secureCookies: boolean;
  };
  trustProxy: boolean;
  log: { level: Environment['LOG_LEVEL']; pretty: boolean };
  i18n: { supportedLanguages: string[]; defaultLanguage: string };
  graphql: { maxDepth: number; maxAliases: number; maxCost: number; introspection: boolean };
  seedDemoData: boolean;
  payments: {
    currency: 'EUR';
    /** Integer cents per purpose; 0 is free. */
    fees: { citizen_card: number; trade_registration: number; business_address: number };
    /** Stripe when a key is set; the local sandbox outside production (or with PAYMENTS_SANDBOX=1); else none. */
    provider: 'stripe' | 'sandbox' | null;
    stripe?: { secretKey: string; webhookSecret: string; apiUrl?: string };
    sandboxWebhookSecret: string;
  };
  /** Uploaded files live here, outside the web root; in the S3 bucket instead when `s3` is set. */
  files: { dir: string; evidenceMaxBytes: number; evidenceMaxFiles: number; s3?: S3StorageConfig };
  residency: {
    /** Clear cases are approved without staff when every rule holds. */
    autoApproval: { enabled: boolean; minAssurance: 'low' | 'substantial' | 'high'; categories: ResidencyCategoryName[] };
    validityMonths: Record<ResidencyCategoryName, number>;
    caseDueDays: number;
    expiryCheckMinutes: number;
  };
  jobs: { workers: boolean; pollingIntervalSeconds: number; maintenanceIntervalSeconds: number };
  email: {
    from: string;
    fromName: string;
    sendTimeoutSeconds: number;
    maxAttempts: number;
    retryDelaySeconds: number;
    sendgrid?: { apiKey: string; apiUrl?: string };
  };
  cards: {
    /** Encrypts the card-issuer private keys at rest. */
    keyPassphrase: string;
    validityDays: number;
    statusListTtlSeconds: number;
    statusListCacheSeconds: number;
  };
  venues: {
    /** Partner API requests per key and minute, for all processes together: counters in Redis with REDIS_URL, else in PostgreSQL. */
    rateLimitPerMinute: number;
    /** How long a process trusts its cached API-key lookup should a cluster event be lost; a revocation applies at once everywhere. */
    keyCacheSeconds: number;
    verificationRetentionDays: number;
    /** Keys the per-venue card pseudonyms (HMAC); defaults to JWT_SECRET. */
    pseudonymSecret: string;
    /** `bo_live_` in production, `bo_test_` elsewhere. */
    apiKeyPrefix: 'bo_live_' | 'bo_test_';
  };
}

export class ConfigValidationError extends Error {
  constructor(readonly issues: { variable: string; problem: string }[]) {
    super('Invalid configuration:\n' + issues.map((issue) => `  - ${issue.variable}: ${issue.problem}`).join('\n'));
    this.name = 'ConfigValidationError';
  }
}

/** Builds the application configuration from an environment; throws naming every bad variable. */
export function buildConfig(source: Record<string, string | undefined>): AppConfig {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigValidationError(
      parsed.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? '(root)'),
        problem: issue.message,
      })),
    );
  }
  const env = parsed.data;
  const isProduction = env.NODE_ENV === 'production';
  const problems: { variable: string; problem: string }[] = [];
  if (isProduction && !env.JWT_SECRET) problems.push({ variable: 'JWT_SECRET', problem: 'is required in production' });
  if (isProduction && !env.PUBLIC_URL) problems.push({ variable: 'PUBLIC_URL', problem: 'is required in production' });
  if (isProduction && !env.DATABASE_URL) problems.push({ variable: 'DATABASE_URL', problem: 'is required in production' });
  if (env.DATABASE_LISTEN_URL && !env.DATABASE_URL) {
    problems.push({ variable: 'DATABASE_LISTEN_URL', problem: 'needs DATABASE_URL (the embedded database is reached directly)' });
  }
  if (isProduction && !env.CARD_KEY_PASSPHRASE) problems.push({ variable: 'CARD_KEY_PASSPHRASE', problem: 'is required in production' });
  // Without a provider, e-mails are only captured in the outbox (the development mailbox).
  if (isProduction && !env.SENDGRID_API_KEY)
    problems.push({ variable: 'SENDGRID_API_KEY', problem: 'is required in production (a real e-mail provider)' });
  if (env.PASSWORD_HASH_PROFILE !== 'owasp' && env.NODE_ENV !== 'test') {
    problems.push({ variable: 'PASSWORD_HASH_PROFILE', problem: 'must be owasp outside tests (NODE_ENV=test)' });
  }
  if (!env.SUPPORTED_LANGUAGES.includes(env.DEFAULT_LANGUAGE)) {
    problems.push({ variable: 'DEFAULT_LANGUAGE', problem: `must be one of SUPPORTED_LANGUAGES (${env.SUPPORTED_LANGUAGES.join(', ')})` });
  }
  if (env.STRIPE_SECRET_KEY && !env.STRIPE_WEBHOOK_SECRET) {
    problems.push({ variable: 'STRIPE_WEBHOOK_SECRET', problem: 'is required when STRIPE_SECRET_KEY is set' });
  }
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '');
  const context: DomainConfigContext = { isProduction, publicUrl, dataDir: env.DATA_DIR, problems };
  const domains = {
    identityVerification: identityVerificationConfig(env, context),
    companies: companiesConfig(env, context),
    tradeRegistration: tradeRegistrationConfig(env, context),
    businessAddress: businessAddressConfig(env, context),
    banking: bankingConfig(env, context),
    pki: pkiConfig(env, context),
    messaging: messagingConfig(env, context),
    surveys: surveysConfig(env),
    legal: legalConfig(env),
    kiosk: kioskConfig(env, context),
    consultations: consultationsConfig(env, context),
    privacy: privacyConfig(env),
    observability: observabilityConfig(env),
  };
  const s3Storage = s3StorageConfig(env, context);
  const paymentProvider = env.STRIPE_SECRET_KEY ? 'stripe' : (env.PAYMENTS_SANDBOX ?? !isProduction) ? 'sandbox' : null;
  if (isProduction) {
    // Every secret set explicitly, and the sandboxes' secrets wherever a sandbox runs (they default to the source's).
    const secretsInUse: Record<string, string | undefined> = {
      ...Object.fromEntries(Object.entries(present).filter(([variable]) => variable in environmentSchema.shape)),
      STRIPE_SANDBOX_WEBHOOK_SECRET:
        paymentProvider === 'sandbox' ? env.STRIPE_SANDBOX_WEBHOOK_SECRET : present.STRIPE_SANDBOX_WEBHOOK_SECRET,
      BANKING_SANDBOX_SECRET: domains.banking.sandbox.enabled ? env.BANKING_SANDBOX_SECRET : present.BANKING_SANDBOX_SECRET,
    };
    for (const [variable, value] of Object.entries(secretsInUse)) {
      if (value !== undefined && isDevelopmentSecret(value)) {
        problems.push({ variable, problem: 'is a development default from the source code; production needs a secret of its own' });
      }
    }
  }
  if (problems.length > 0) throw new ConfigValidationError(problems);

  return {
    ...domains,
    env: env.NODE_ENV,
    isProduction,
    port: env.PORT,
    host: env.HOST,
    shutdownGraceMs: env.SHUTDOWN_GRACE_SECONDS * 1000,
    shutdownDrainMs: env.SHUTDOWN_DRAIN_SECONDS * 1000,
    publicUrl,
    cityName: env.CITY_NAME,
    database: {
      url: env.DATABASE_URL,
      listenUrl: env.DATABASE_LISTEN_URL,
      skipMigrations: env.DB_SKIP_MIGRATIONS,
      poolSize: env.DB_POOL_SIZE,
      preparedStatements: env.DB_PREPARED_STATEMENTS,
      timeouts: {
        poolAcquireMs: env.DB_POOL_ACQUIRE_TIMEOUT_MS,
        lockMs: env.DB_LOCK_TIMEOUT_MS,
        statementMs: env.DB_STATEMENT_TIMEOUT_MS,
        idleInTransactionMs: env.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
      },
      dataDir: env.DATA_DIR,
      embeddedPassword: env.EMBEDDED_PG_PASSWORD,
    },
    redisUrl: env.REDIS_URL,
    auth: {
      jwtSecret: env.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
      accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlDays: env.REFRESH_TOKEN_TTL_DAYS,
      refreshReuseGraceSeconds: env.REFRESH_TOKEN_REUSE_GRACE_SECONDS,
      emailTokenTtlHours: env.EMAIL_TOKEN_TTL_HOURS,
      passwordResetTtlMinutes: env.PASSWORD_RESET_TTL_MINUTES,
      passwordHashConcurrency: env.PASSWORD_HASH_CONCURRENCY,
      passwordHashProfile: env.PASSWORD_HASH_PROFILE,
      loginMaxFailuresPerAccount: env.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      loginMaxFailuresPerIp: env.LOGIN_MAX_FAILURES_PER_IP,
      loginBlockSeconds: env.LOGIN_BLOCK_SECONDS,
      emailRequestsPerAddressPerHour: env.EMAIL_REQUESTS_PER_ADDRESS_PER_HOUR,
      emailRequestsPerIpPerHour: env.EMAIL_REQUESTS_PER_IP_PER_HOUR,
      sessionCheckCacheSeconds: env.SESSION_CHECK_CACHE_SECONDS,
      secureCookies: publicUrl.startsWith('https://'),
    },
    trustProxy: env.TRUST_PROXY,
    log: { level: env.LOG_LEVEL, pretty: env.LOG_PRETTY ?? env.NODE_ENV === 'development' },
    i18n: { supportedLanguages: env.SUPPORTED_LANGUAGES, defaultLanguage: env.DEFAULT_LANGUAGE },
    graphql: {
      maxDepth: env.GRAPHQL_MAX_DEPTH,
      maxAliases: env.GRAPHQL_MAX_ALIASES,
      maxCost: env.GRAPHQL_MAX_COST,
      introspection: !isProduction,
    },
    seedDemoData: env.SEED_DEMO_DATA ?? env.NODE_ENV === 'development',
    payments: {
      currency: 'EUR',
      fees: {
        citizen_card: env.FEE_CITIZEN_CARD_CENTS,
        trade_registration: env.FEE_TRADE_REGISTRATION_CENTS,
        business_address: env.FEE_BUSINESS_ADDRESS_CENTS,
      },
      provider: paymentProvider,
      stripe:
        env.STRIPE_SECRET_KEY && env.STRIPE_WEBHOOK_SECRET
          ? { secretKey: env.STRIPE_SECRET_KEY, webhookSecret: env.STRIPE_WEBHOOK_SECRET, apiUrl: env.STRIPE_API_URL }
          : undefined,
      sandboxWebhookSecret: env.STRIPE_SANDBOX_WEBHOOK_SECRET,
    },
    files: {
      dir: env.FILES_DIR ?? `${env.DATA_DIR.replace(/\/$/, '')}/files`,
      evidenceMaxBytes: env.EVIDENCE_MAX_BYTES,
      evidenceMaxFiles: env.EVIDENCE_MAX_FILES,
      s3: s3Storage,
    },
    residency: {
      autoApproval: {
        enabled: env.RESIDENCY_AUTO_APPROVAL,
        // Part of the assurance policy (config/domains/identity-verification.config.ts).
        minAssurance: domains.identityVerification.assurancePolicy.residencyAutoApproval,
        categories: env.RESIDENCY_AUTO_APPROVAL_CATEGORIES,
      },
      validityMonths: {
        student: env.RESIDENCY_VALIDITY_MONTHS_STUDENT,
        commuter: env.RESIDENCY_VALIDITY_MONTHS_COMMUTER,
        second_home: env.RESIDENCY_VALIDITY_MONTHS_SECOND_HOME,
        former_resident: env.RESIDENCY_VALIDITY_MONTHS_FORMER_RESIDENT,
      },
      caseDueDays: env.RESIDENCY_CASE_DUE_DAYS,
      expiryCheckMinutes: env.RESIDENCY_EXPIRY_CHECK_MINUTES,
    },
    jobs: {
      workers: env.JOBS_WORKERS,
      pollingIntervalSeconds: env.JOBS_POLLING_INTERVAL_SECONDS,
      maintenanceIntervalSeconds: env.JOBS_MAINTENANCE_INTERVAL_SECONDS,
    },
    email: {
      from: env.EMAIL_FROM,
      fromName: env.EMAIL_FROM_NAME,
      sendTimeoutSeconds: env.EMAIL_SEND_TIMEOUT_SECONDS,
      maxAttempts: env.EMAIL_MAX_ATTEMPTS,
      retryDelaySeconds: env.EMAIL_RETRY_DELAY_SECONDS,
      sendgrid: env.SENDGRID_API_KEY ? { apiKey: env.SENDGRID_API_KEY, apiUrl: env.SENDGRID_API_URL } : undefined,
    },
    cards: {
      keyPassphrase: env.CARD_KEY_PASSPHRASE ?? DEVELOPMENT_CARD_KEY_PASSPHRASE,
      validityDays: env.CARD_VALIDITY_DAYS,
      statusListTtlSeconds: env.STATUS_LIST_TTL_SECONDS,
      statusListCacheSeconds: env.STATUS_LIST_CACHE_SECONDS,
    },
    venues: {
      rateLimitPerMinute: env.PARTNER_RATE_LIMIT_PER_MINUTE,
      keyCacheSeconds: env.PARTNER_KEY_CACHE_SECONDS,
      verificationRetentionDays: env.VERIFICATION_RETENTION_DAYS,
      pseudonymSecret: env.VERIFICATION_PSEUDONYM_SECRET ?? env.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
      apiKeyPrefix: isProduction ? 'bo_live_' : 'bo_test_',
    },
  };
}

/** The only place that reads process.env. */
export function loadConfig(overrides: Record<string, string | undefined> = {}): AppConfig {
  return buildConfig({ ...process.env, ...overrides });
}
