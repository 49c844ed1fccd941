import type { OnModuleInit } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { FileStorage } from './storage/file-storage.js';

const KEY = /^[0-9a-f]{40}$/;

/**
 * One domain's uploaded files in the configured storage (the local folder FILES_DIR or the S3
 * bucket), under its own prefix, one file per document under a random key: nothing a caller sends
 * ever becomes part of a path or object key. Each domain has its own folder (a subclass naming it).
 */
export abstract class StoredFileFolder implements OnModuleInit {
  protected constructor(
    private readonly storage: FileStorage,
    /** The folder's name: the sub-folder of FILES_DIR, the key prefix in the bucket. */
    readonly folder: string,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.storage.prepareFolder(this.folder);
  }

  newKey(): string {
    return randomBytes(20).toString('hex');
  }

  /** Stores a new file (after the domain's checks of its content); a taken key is refused. */
  async write(key: string, content: Buffer, contentType?: string): Promise<void> {
    await this.storage.put(this.storageKeyOf(key), content, { contentType });
  }

  read(key: string): Promise<Buffer> {
    return this.storage.read(this.storageKeyOf(key));
  }

  async exists(key: string): Promise<boolean> {
    return (await this.storage.head(this.storageKeyOf(key))) !== null;
  }

  async remove(key: string): Promise<void> {
    await this.storage.delete(this.storageKeyOf(key));
  }

  /** The key in the storage: `<folder>/<key>`. */
  storageKeyOf(key: string): string {
    if (!KEY.test(key)) throw new Error('malformed storage key');
    return `${this.folder}/${key}`;
  }
}
