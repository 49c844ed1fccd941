import { z } from 'zod';
import { booleanFlag, type DomainConfigContext } from './domain-config-context.js';

/** Environment variables of the file storage (validated with the rest in buildConfig). */
export const storageEnvironment = z.object({
  /** Uploaded files go to this S3 bucket (AWS or any S3-compatible service) instead of FILES_DIR. */
  STORAGE_S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name (3-63 lowercase letters, digits, dots, hyphens)')
    .optional(),
  /** The S3-compatible service's URL (MinIO, Ceph, …); AWS's own endpoint when unset. */
  STORAGE_S3_ENDPOINT: z.string().url().optional(),
  STORAGE_S3_REGION: z
    .string()
    .regex(/^[a-z0-9-]{2,32}$/, 'must be a region name such as eu-central-1')
    .optional(),
  /** Both keys or neither: without them the SDK's default chain applies (IAM role, web identity). */
  STORAGE_S3_ACCESS_KEY_ID: z.string().min(3).optional(),
  STORAGE_S3_SECRET_ACCESS_KEY: z.string().min(6).optional(),
  /** `bucket` in the path instead of the host name; most S3-compatible services need it. */
  STORAGE_S3_FORCE_PATH_STYLE: booleanFlag.default(false),
});

export interface S3StorageConfig {
  bucket: string;
  endpoint?: string;
  region: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
  forcePathStyle: boolean;
}

/** The S3 settings when STORAGE_S3_BUCKET is set; undefined keeps the files in the local folder. */
export function s3StorageConfig(env: z.infer<typeof storageEnvironment>, context: DomainConfigContext): S3StorageConfig | undefined {
  const { STORAGE_S3_BUCKET: bucket, STORAGE_S3_ACCESS_KEY_ID: accessKeyId, STORAGE_S3_SECRET_ACCESS_KEY: secretAccessKey } = env;
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    context.problems.push({
      variable: accessKeyId ? 'STORAGE_S3_SECRET_ACCESS_KEY' : 'STORAGE_S3_ACCESS_KEY_ID',
      problem: 'STORAGE_S3_ACCESS_KEY_ID and STORAGE_S3_SECRET_ACCESS_KEY go together',
    });
  }
  if (!bucket) {
    for (const variable of [
      'STORAGE_S3_ENDPOINT',
      'STORAGE_S3_REGION',
      'STORAGE_S3_ACCESS_KEY_ID',
      'STORAGE_S3_SECRET_ACCESS_KEY',
    ] as const) {
      if (env[variable]) context.problems.push({ variable, problem: 'needs STORAGE_S3_BUCKET (files stay in FILES_DIR without it)' });
    }
    return undefined;
  }
  if (!env.STORAGE_S3_REGION && !env.STORAGE_S3_ENDPOINT) {
    context.problems.push({ variable: 'STORAGE_S3_REGION', problem: 'is required for AWS S3 (without STORAGE_S3_ENDPOINT)' });
  }
  return {
    bucket,
    endpoint: env.STORAGE_S3_ENDPOINT,
    // S3-compatible services accept any region in the signature; us-east-1 is their usual default.
    region: env.STORAGE_S3_REGION ?? 'us-east-1',
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    forcePathStyle: env.STORAGE_S3_FORCE_PATH_STYLE,
  };
}
