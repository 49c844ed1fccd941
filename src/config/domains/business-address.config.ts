import { z } from 'zod';
import { booleanFlag, type DomainConfigContext } from './domain-config-context.js';

/** Environment variables of the businessAddress domain (validated with the rest in buildConfig). */
export const businessAddressEnvironment = z.object({
  BUSINESS_DEMO_SERVICE_POINTS: booleanFlag.optional(),
  BUSINESS_MAIL_SCAN_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(20 * 1024 * 1024),
});

export interface BusinessAddressConfig {
  /** Seed the demo partner service points (pools of purpose `businesses`); off in production by default. */
  demoServicePoints: boolean;
  /** Largest scanned letter staff may upload. */
  scanMaxBytes: number;
}

export function businessAddressConfig(
  env: z.infer<typeof businessAddressEnvironment>,
  context: DomainConfigContext,
): BusinessAddressConfig {
  return {
    demoServicePoints: env.BUSINESS_DEMO_SERVICE_POINTS ?? !context.isProduction,
    scanMaxBytes: env.BUSINESS_MAIL_SCAN_MAX_BYTES,
  };
}
