import { z } from 'zod';
import type { DomainConfigContext } from './domain-config-context.js';

/** Environment variables of the kiosk domain (self-service terminals; validated with the rest in buildConfig). */
export const kioskEnvironment = z.object({
  /** Seconds without input on a terminal before the warning (2 minutes; shorter only outside production, for tests). */
  KIOSK_IDLE_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
  /** Seconds the warning stays before everything of the person is wiped. */
  KIOSK_WARNING_SECONDS: z.coerce.number().int().min(1).max(600).default(30),
  /** Lifetime of a "continue on your phone" code. */
  KIOSK_HANDOVER_MINUTES: z.coerce.number().int().min(1).max(60).default(10),
});

export interface KioskConfig {
  idleSeconds: number;
  warningSeconds: number;
  handoverMinutes: number;
}

const PRODUCTION_MIN_IDLE_SECONDS = 60;
const PRODUCTION_MIN_WARNING_SECONDS = 10;

export function kioskConfig(env: z.infer<typeof kioskEnvironment>, context: DomainConfigContext): KioskConfig {
  if (context.isProduction && env.KIOSK_IDLE_SECONDS < PRODUCTION_MIN_IDLE_SECONDS) {
    context.problems.push({ variable: 'KIOSK_IDLE_SECONDS', problem: `must be at least ${PRODUCTION_MIN_IDLE_SECONDS} in production` });
  }
  if (context.isProduction && env.KIOSK_WARNING_SECONDS < PRODUCTION_MIN_WARNING_SECONDS) {
    context.problems.push({
      variable: 'KIOSK_WARNING_SECONDS',
      problem: `must be at least ${PRODUCTION_MIN_WARNING_SECONDS} in production`,
    });
  }
  return { idleSeconds: env.KIOSK_IDLE_SECONDS, warningSeconds: env.KIOSK_WARNING_SECONDS, handoverMinutes: env.KIOSK_HANDOVER_MINUTES };
}
