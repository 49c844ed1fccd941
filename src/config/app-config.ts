import { z } from 'zod';

const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((value) => value === '1' || value === 'true' || value === 'yes');

const languageList = z
  .string()
  .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^[a-z]{2}$/)).min(1));

const postgresUrl = z
  .string()
  .url()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must start with postgres:// or postgresql://');

/** Every environment variable the application reads, validated once at start-up. */
export const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: z.string().url().optional(),
  DATABASE_URL: postgresUrl.optional(),
  DB_SKIP_MIGRATIONS: booleanFlag.default(false),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATA_DIR: z.string().default('.data'),
  EMBEDDED_PG_PASSWORD: z.string().min(8).default('embedded-postgres-local'),
  REDIS_URL: z.string().url().optional(),
  JWT_SECRET: z.string().min(32).optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(600),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  EMAIL_TOKEN_TTL_HOURS: z.coerce.number().int().min(1).max(168).default(24),
  PASSWORD_RESET_TTL_MINUTES: z.coerce.number().int().min(5).max(1440).default(60),
  PASSWORD_HASH_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(100),
  LOGIN_BLOCK_SECONDS: z.coerce.number().int().min(1).default(900),
  TRUST_PROXY: booleanFlag.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: booleanFlag.optional(),
  SUPPORTED_LANGUAGES: languageList.default(['de', 'en']),
  DEFAULT_LANGUAGE: z.string().regex(/^[a-z]{2}$/).default('de'),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).default(8),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).default(15),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(100).default(5000),
  SEED_DEMO_DATA: booleanFlag.optional(),
  CITY_NAME: z.string().default('Bochum'),
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
});

export type Environment = z.infer<typeof environmentSchema>;

export interface AppConfig {
  env: Environment['NODE_ENV'];
  isProduction: boolean;
  port: number;
  host: string;
  publicUrl: string;
  cityName: string;
  database: {
    url?: string;
    skipMigrations: boolean;
    poolSize: number;
    dataDir: string;
    embeddedPassword: string;
  };
  redisUrl?: string;
  auth: {
    jwtSecret: string;
    accessTokenTtlSeconds: number;
    refreshTokenTtlDays: number;
    emailTokenTtlHours: number;
    passwordResetTtlMinutes: number;
    passwordHashConcurrency: number;
    loginMaxFailuresPerAccount: number;
    loginMaxFailuresPerIp: number;
    loginBlockSeconds: number;
    secureCookies: boolean;
  };
  trustProxy: boolean;
  log: { level: Environment['LOG_LEVEL']; pretty: boolean };
  i18n: { supportedLanguages: string[]; defaultLanguage: string };
  graphql: { maxDepth: number; maxAliases: number; maxCost: number; introspection: boolean };
  seedDemoData: boolean;
  jobs: { workers: boolean; pollingIntervalSeconds: number; maintenanceIntervalSeconds: number };
  email: {
    from: string;
    fromName: string;
    sendTimeoutSeconds: number;
    maxAttempts: number;
    retryDelaySeconds: number;
    sendgrid?: { apiKey: string; apiUrl?: string };
  };
}

export class ConfigValidationError extends Error {
  constructor(readonly issues: { variable: string; problem: string }[]) {
    super(
      'Invalid configuration:\n' +
        issues.map((issue) => `  - ${issue.variable}: ${issue.problem}`).join('\n'),
    );
    this.name = 'ConfigValidationError';
  }
}

const DEVELOPMENT_JWT_SECRET = 'development-only-secret-do-not-use-in-production-0123456789';

/** Builds the application configuration from an environment; throws naming every bad variable. */
export function buildConfig(source: Record<string, string | undefined>): AppConfig {
  const present = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  );
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
  if (!env.SUPPORTED_LANGUAGES.includes(env.DEFAULT_LANGUAGE)) {
    problems.push({ variable: 'DEFAULT_LANGUAGE', problem: `must be one of SUPPORTED_LANGUAGES (${env.SUPPORTED_LANGUAGES.join(', ')})` });
  }
  if (problems.length > 0) throw new ConfigValidationError(problems);

  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '');
  return {
    env: env.NODE_ENV,
    isProduction,
    port: env.PORT,
    host: env.HOST,
    publicUrl,
    cityName: env.CITY_NAME,
    database: {
      url: env.DATABASE_URL,
      skipMigrations: env.DB_SKIP_MIGRATIONS,
      poolSize: env.DB_POOL_SIZE,
      dataDir: env.DATA_DIR,
      embeddedPassword: env.EMBEDDED_PG_PASSWORD,
    },
    redisUrl: env.REDIS_URL,
    auth: {
      jwtSecret: env.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
      accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlDays: env.REFRESH_TOKEN_TTL_DAYS,
      emailTokenTtlHours: env.EMAIL_TOKEN_TTL_HOURS,
      passwordResetTtlMinutes: env.PASSWORD_RESET_TTL_MINUTES,
      passwordHashConcurrency: env.PASSWORD_HASH_CONCURRENCY,
      loginMaxFailuresPerAccount: env.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      loginMaxFailuresPerIp: env.LOGIN_MAX_FAILURES_PER_IP,
      loginBlockSeconds: env.LOGIN_BLOCK_SECONDS,
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
  };
}

/** The only place that reads process.env. */
export function loadConfig(overrides: Record<string, string | undefined> = {}): AppConfig {
  return buildConfig({ ...process.env, ...overrides });
}
