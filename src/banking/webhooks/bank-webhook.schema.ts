import { z } from 'zod';

/** The envelope every bank webhook has; `data` depends on `type`. */
export const bankWebhookEnvelope = z.object({
  eventId: z.string().min(1).max(100),
  type: z.string().min(1).max(60),
  applicationReference: z.string().min(1).max(100),
  sequence: z.number().int().min(1).max(2_147_483_647),
  occurredAt: z.string().datetime({ offset: true }),
  data: z.record(z.string(), z.unknown()),
});

export const openedData = z.object({ iban: z.string().min(15).max(42), bankReference: z.string().max(100).optional() });
export const declinedData = z.object({
  reason: z.string().min(1).max(500),
  reasonCode: z.string().max(60).optional(),
  bankReference: z.string().max(100).optional(),
});
export const documentsRequestedData = z.object({
  requestId: z.string().min(1).max(100),
  documentKind: z.string().min(1).max(100),
  message: z.string().min(1).max(2000),
  bankReference: z.string().max(100).optional(),
});

export type BankWebhookEnvelope = z.infer<typeof bankWebhookEnvelope>;
