import { z } from 'zod';

const days = (fallback: number) => z.coerce.number().int().min(1).max(3650).default(fallback);

/** Environment variables of privacy: how long each kind of personal data is kept (documented in docs/privacy.md). */
export const privacyEnvironment = z.object({
  /** Evidence documents, counted from the application's decision. */
  RETENTION_EVIDENCE_DAYS: days(180),
  /** In-app notifications and e-mails sent. */
  RETENTION_NOTIFICATION_DAYS: days(365),
  /** Used or expired sign-in sessions and e-mail link tokens, counted from use or expiry. */
  RETENTION_EXPIRED_TOKEN_DAYS: days(30),
  /** Decisions and case records (residency applications, trade registrations), counted from the decision. */
  RETENTION_CASE_RECORD_YEARS: z.coerce.number().int().min(1).max(30).default(5),
  /** Payments: at least the ten years of §147 AO. */
  RETENTION_PAYMENT_YEARS: z.coerce.number().int().min(10).max(30).default(10),
});

export interface PrivacyConfig {
  evidenceDays: number;
  notificationDays: number;
  expiredTokenDays: number;
  caseRecordYears: number;
  paymentYears: number;
}

export function privacyConfig(env: z.infer<typeof privacyEnvironment>): PrivacyConfig {
  return {
    evidenceDays: env.RETENTION_EVIDENCE_DAYS,
    notificationDays: env.RETENTION_NOTIFICATION_DAYS,
    expiredTokenDays: env.RETENTION_EXPIRED_TOKEN_DAYS,
    caseRecordYears: env.RETENTION_CASE_RECORD_YEARS,
    paymentYears: env.RETENTION_PAYMENT_YEARS,
  };
}
