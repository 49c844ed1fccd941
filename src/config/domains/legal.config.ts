import { z } from 'zod';

/** Environment variables of the legal domain (validated with the rest in buildConfig). */
export const legalEnvironment = z.object({
  /** Where accessibility feedback goes (the city's contact for digital accessibility). */
  LEGAL_ACCESSIBILITY_CONTACT_EMAIL: z.string().email().default('barrierefreiheit@bochum.example'),
  /** Feedback messages one client may send per hour. */
  LEGAL_FEEDBACK_PER_HOUR: z.coerce.number().int().min(1).max(1000).default(5),
});

export interface LegalConfig {
  accessibilityContactEmail: string;
  feedbackPerHour: number;
}

export function legalConfig(env: z.infer<typeof legalEnvironment>): LegalConfig {
  return { accessibilityContactEmail: env.LEGAL_ACCESSIBILITY_CONTACT_EMAIL, feedbackPerHour: env.LEGAL_FEEDBACK_PER_HOUR };
}
