import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Readable } from 'node:stream';
import type { S3StorageConfig } from '../../../config/domains/storage.config.js';
import {
  assertStorageKey,
  bufferOf,
  FileStorage,
  StoredFileExistsError,
  StoredFileMissingError,
  type PutOptions,
  type StoredFileFacts,
} from './file-storage.js';

/** How long one S3 call may take before it fails (the caller gets an error, never a frozen request). */
const REQUEST_TIMEOUT_MS = 30_000;
const CONNECT_TIMEOUT_MS = 5_000;

const statusOf = (error: unknown) => (error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined);

/**
 * Files as objects in one S3 bucket (AWS S3 or an S3-compatible service such as MinIO or Ceph): the
 * storage key is the object key. Objects are private; the application reads them and serves them
 * itself after its own access checks, so the bucket needs no public access and no presigned URLs.
 */
export class S3FileStorage extends FileStorage {
  readonly kind = 's3';
  readonly bucket: string;
  private readonly client: S3Client;

  constructor(config: S3StorageConfig) {
    super();
    this.bucket = config.bucket;
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      credentials: config.credentials,
      // Checksums only where S3 requires them: S3-compatible services do not all know the newer ones.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      requestHandler: { connectionTimeout: CONNECT_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS },
      maxAttempts: 3,
    });
  }

  async put(key: string, content: Buffer | Readable, options: PutOptions = {}): Promise<void> {
    // PutObject needs the length up front; a stream of unknown length is read into memory first.
    const body = Buffer.isBuffer(content) || options.sizeBytes !== undefined ? content : await bufferOf(content);
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: assertStorageKey(key),
          Body: body,
          ContentLength: Buffer.isBuffer(body) ? body.length : options.sizeBytes,
          ContentType: options.contentType ?? 'application/octet-stream',
          // Never overwrite: the service refuses a taken key (412) where it supports conditional writes.
          IfNoneMatch: '*',
        }),
      );
    } catch (error) {
      if (statusOf(error) === 412) throw new StoredFileExistsError(key);
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    try {
      const { Body } = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: assertStorageKey(key) }));
      if (!(Body instanceof Readable)) throw new Error(`the S3 object ${key} came without a readable body`);
      return Body;
    } catch (error) {
      if (statusOf(error) === 404) throw new StoredFileMissingError(key);
      throw error;
    }
  }

  async head(key: string): Promise<StoredFileFacts | null> {
    try {
      const facts = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: assertStorageKey(key) }));
      return { key, sizeBytes: facts.ContentLength ?? 0 };
    } catch (error) {
      if (statusOf(error) === 404) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: assertStorageKey(key) }));
  }

  async *list(prefix = ''): AsyncIterable<StoredFileFacts> {
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix || undefined, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) if (object.Key) yield { key: object.Key, sizeBytes: object.Size ?? 0 };
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  async check(): Promise<void> {
    await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }), { abortSignal: AbortSignal.timeout(CONNECT_TIMEOUT_MS) });
  }

  close(): void {
    this.client.destroy();
  }
}
