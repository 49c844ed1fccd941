import { z } from 'zod';

/** What every domain's configuration may derive from (resolved once in buildConfig). */
export interface DomainConfigContext {
  isProduction: boolean;
  publicUrl: string;
  dataDir: string;
  /** Collects problems such as "required in production"; buildConfig throws them all together. */
  problems: { variable: string; problem: string }[];
}

export const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((value) => value === '1' || value === 'true' || value === 'yes');
