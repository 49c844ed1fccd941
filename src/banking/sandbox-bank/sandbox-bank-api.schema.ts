import { z } from 'zod';

/** What a partner posts to open an account (the sandbox bank's API contract). */
export const sandboxApplicationRequest = z.object({
  applicationReference: z.string().min(1).max(100),
  kycPackageSha256: z.string().regex(/^[0-9a-f]{64}$/),
  registerExtractUrl: z.string().url().max(1000).nullable().optional(),
  kycPackage: z
    .object({
      company: z.object({ legalName: z.string().min(1).max(300) }).passthrough(),
      registerExtract: z
        .object({ sha256: z.string().regex(/^[0-9a-f]{64}$/) })
        .passthrough()
        .nullable()
        .optional(),
    })
    .passthrough(),
});

export const sandboxDocumentsRequest = z.object({
  requestId: z.string().min(1).max(100),
  message: z.string().min(1).max(2000),
  attachment: z
    .object({
      fileName: z.string().min(1).max(255),
      contentType: z.string().min(1).max(100),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      contentBase64: z.string().max(70_000_000),
    })
    .nullable()
    .optional(),
});
