import { z } from 'zod';

/** What every domain's configuration may derive from (resolved once in buildConfig). */
export interface DomainConfigContext {
  isProduction: boolean;
  publicUrl: string;
  dataDir: string;
  /** Collects problems such as "required in production"; buildConfig throws them all together. */
  problems: { variable: string; problem: string }[];
}

const developmentSecrets = new Set<string>();

/**
 * Declares a secret that ships in the source for development and tests. Production refuses every
 * value declared here (and anything marked `development-only`), wherever it is set.
 */
export function developmentSecret(value: string): string {
  developmentSecrets.add(value);
  return value;
}

/** True for a secret from the source code: one declared with `developmentSecret`, or marked as such. */
export function isDevelopmentSecret(value: string): boolean {
  return developmentSecrets.has(value) || /development-only|not-?a-?secret/i.test(value);
}

export const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((value) => value === '1' || value === 'true' || value === 'yes');
