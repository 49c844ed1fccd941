import { z } from 'zod';
import type { DomainConfigContext } from './domain-config-context.js';

/** Environment variables of the messaging domain (validated with the rest in buildConfig). */
export const messagingEnvironment = z.object({
  MESSAGING_ATTACHMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1_048_576)
    .default(10 * 1_048_576),
  MESSAGING_ATTACHMENT_MAX_FILES: z.coerce.number().int().min(0).max(20).default(5),
  /** How long before its receipt a message may have been signed (the browser signs right before sending). */
  MESSAGING_SIGNING_WINDOW_SECONDS: z.coerce
    .number()
    .int()
    .min(30)
    .max(7 * 86_400)
    .default(900),
  SIGNATURE_CHECK_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1_048_576)
    .default(10 * 1_048_576),
  SIGNATURE_CHECK_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
});

export interface MessagingConfig {
  attachmentMaxBytes: number;
  attachmentMaxFiles: number;
  signingWindowSeconds: number;
  /** Allowed clock difference between the signer's device and the server. */
  clockSkewSeconds: number;
  signatureCheckMaxBytes: number;
  signatureCheckPerMinute: number;
}

export function messagingConfig(env: z.infer<typeof messagingEnvironment>, _context: DomainConfigContext): MessagingConfig {
  return {
    attachmentMaxBytes: env.MESSAGING_ATTACHMENT_MAX_BYTES,
    attachmentMaxFiles: env.MESSAGING_ATTACHMENT_MAX_FILES,
    signingWindowSeconds: env.MESSAGING_SIGNING_WINDOW_SECONDS,
    clockSkewSeconds: 120,
    signatureCheckMaxBytes: env.SIGNATURE_CHECK_MAX_BYTES,
    signatureCheckPerMinute: env.SIGNATURE_CHECK_PER_MINUTE,
  };
}
