import type { Readable } from 'node:stream';

export interface StoredFileFacts {
  key: string;
  sizeBytes: number;
}

export interface PutOptions {
  contentType?: string;
  /** The length of a stream's content, when known (S3 needs it up front). */
  sizeBytes?: number;
}

/** A key names one stored file: `/`-separated segments of letters, digits, `.`, `_` and `-`, never `.` or `..`. */
const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,199}$/;

export function isStorageKey(key: string): boolean {
  return key.length <= 1000 && key.split('/').every((segment) => SEGMENT.test(segment));
}

export function assertStorageKey(key: string): string {
  if (!isStorageKey(key)) throw new Error(`malformed storage key ${JSON.stringify(key)}`);
  return key;
}

/** Thrown by `put` when the key is taken: a stored file is never overwritten. */
export class StoredFileExistsError extends Error {
  constructor(readonly key: string) {
    super(`a file is already stored under ${key}`);
  }
}

/** Thrown by `get` for a key with nothing stored under it. */
export class StoredFileMissingError extends Error {
  constructor(readonly key: string) {
    super(`no file is stored under ${key}`);
  }
}

/**
 * Where uploaded and generated files live: the local folder FILES_DIR (the default) or an S3 bucket
 * (STORAGE_S3_BUCKET). Each domain uses one prefix through its `StoredFileFolder`; backups walk
 * everything with `list`. Checks of the content (size, type, scans) happen before `put`.
 */
export abstract class FileStorage {
  /** `local` or `s3`, for logs, health details and backups. */
  abstract readonly kind: 'local' | 's3';
  /** Stores a new file; refuses a key that is already taken (StoredFileExistsError). */
  abstract put(key: string, content: Buffer | Readable, options?: PutOptions): Promise<void>;
  /** The file's bytes as a stream; StoredFileMissingError when nothing is stored under the key. */
  abstract get(key: string): Promise<Readable>;
  /** The file's size, or null when nothing is stored under the key. */
  abstract head(key: string): Promise<StoredFileFacts | null>;
  /** Removes the file; a missing one is no error. */
  abstract delete(key: string): Promise<void>;
  /** Every stored file whose key starts with the prefix (`''`: all), in no particular order. */
  abstract list(prefix?: string): AsyncIterable<StoredFileFacts>;
  /** Throws unless files can be stored now (readiness): the folder is writable, the bucket reachable. */
  abstract check(): Promise<void>;

  /** Readies a folder (a key prefix) for its files at start: a directory on the disk, nothing in a bucket. */
  async prepareFolder(_folder: string): Promise<void> {}

  /** The whole file in memory (uploads are bounded by each domain's size limit). */
  async read(key: string): Promise<Buffer> {
    return bufferOf(await this.get(key));
  }
}

export async function bufferOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}
