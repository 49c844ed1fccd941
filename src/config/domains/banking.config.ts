import { z } from 'zod';
import path from 'node:path';
import { booleanFlag, developmentSecret, type DomainConfigContext } from './domain-config-context.js';

const DEVELOPMENT_SANDBOX_SECRET = developmentSecret('development-only-sandbox-bank-root-secret-0000');
const DEVELOPMENT_SECRETS_KEY = developmentSecret('development-only-banking-secrets-key-000000');

/** Environment variables of the banking domain (validated with the rest in buildConfig). */
export const bankingEnvironment = z.object({
  /** Encrypts the partner banks' webhook secrets at rest (AES-256-GCM); required in production. */
  BANKING_SECRETS_KEY: z.string().min(32).optional(),
  /** The sandbox bank (its routes under /sandbox-bank and the two demo partner banks); on outside production. */
  BANKING_SANDBOX: booleanFlag.optional(),
  /** The sandbox bank's root secret: each demo bank's webhook secret is derived from it and the bank's code. */
  BANKING_SANDBOX_SECRET: z.string().min(32).default(DEVELOPMENT_SANDBOX_SECRET),
  /** How long the sandbox bank "reviews" an application before it decides. */
  BANKING_SANDBOX_DECISION_DELAY_SECONDS: z.coerce.number().int().min(0).max(86_400).default(5),
  /** Where the sandbox bank is reached and where it calls back (default PUBLIC_URL). */
  BANKING_SANDBOX_BASE_URL: z.string().url().optional(),
  BANKING_REQUEST_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(120).default(15),
  BANKING_DOCUMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1_048_576)
    .default(10 * 1_048_576),
});

export interface BankingConfig {
  secretsKey: string;
  sandbox: {
    enabled: boolean;
    rootSecret: string;
    decisionDelaySeconds: number;
    /** Base URL of this application as the sandbox bank and our webhook receiver are reached. */
    baseUrl: string;
  };
  requestTimeoutMs: number;
  documentMaxBytes: number;
  filesDir: string;
}

export function bankingConfig(
  env: z.infer<typeof bankingEnvironment> & { FILES_DIR?: string },
  context: DomainConfigContext,
): BankingConfig {
  if (context.isProduction && !env.BANKING_SECRETS_KEY) {
    context.problems.push({ variable: 'BANKING_SECRETS_KEY', problem: 'is required in production' });
  }
  return {
    secretsKey: env.BANKING_SECRETS_KEY ?? DEVELOPMENT_SECRETS_KEY,
    sandbox: {
      enabled: env.BANKING_SANDBOX ?? !context.isProduction,
      rootSecret: env.BANKING_SANDBOX_SECRET,
      decisionDelaySeconds: env.BANKING_SANDBOX_DECISION_DELAY_SECONDS,
      baseUrl: (env.BANKING_SANDBOX_BASE_URL ?? context.publicUrl).replace(/\/$/, ''),
    },
    requestTimeoutMs: env.BANKING_REQUEST_TIMEOUT_SECONDS * 1000,
    documentMaxBytes: env.BANKING_DOCUMENT_MAX_BYTES,
    filesDir: path.resolve(env.FILES_DIR ?? `${context.dataDir.replace(/\/$/, '')}/files`, 'banking'),
  };
}
