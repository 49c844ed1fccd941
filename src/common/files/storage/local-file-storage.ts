import { constants, createWriteStream, type Dirent } from 'node:fs';
import { access, mkdir, open, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  assertStorageKey,
  FileStorage,
  isStorageKey,
  StoredFileExistsError,
  StoredFileMissingError,
  type StoredFileFacts,
} from './file-storage.js';

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

/** Files in a folder on the local disk (FILES_DIR, outside the web root): key `evidence/ab12…` is the file `FILES_DIR/evidence/ab12…`. */
export class LocalFileStorage extends FileStorage {
  readonly kind = 'local';
  readonly root: string;

  constructor(root: string) {
    super();
    this.root = path.resolve(root);
  }

  /** The file's path on the disk (for this adapter's users only: tests and the local backup). */
  pathOf(key: string): string {
    return path.join(this.root, ...assertStorageKey(key).split('/'));
  }

  async put(key: string, content: Buffer | Readable): Promise<void> {
    const file = this.pathOf(key);
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    try {
      if (Buffer.isBuffer(content)) await writeFile(file, content, { flag: 'wx', mode: 0o600 });
      else await this.writeStream(file, content);
    } catch (error) {
      if (errorCode(error) === 'EEXIST') throw new StoredFileExistsError(key);
      throw error;
    }
  }

  private async writeStream(file: string, content: Readable): Promise<void> {
    const handle = await open(file, 'wx', 0o600);
    try {
      await pipeline(content, createWriteStream('', { fd: handle.fd, autoClose: false }));
    } catch (error) {
      await rm(file, { force: true });
      throw error;
    } finally {
      await handle.close();
    }
  }

  async get(key: string): Promise<Readable> {
    try {
      const handle = await open(this.pathOf(key), 'r');
      return handle.createReadStream();
    } catch (error) {
      if (errorCode(error) === 'ENOENT') throw new StoredFileMissingError(key);
      throw error;
    }
  }

  async head(key: string): Promise<StoredFileFacts | null> {
    try {
      const facts = await stat(this.pathOf(key));
      return facts.isFile() ? { key, sizeBytes: facts.size } : null;
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async *list(prefix = ''): AsyncIterable<StoredFileFacts> {
    // The folder holding every key with this prefix: the prefix up to its last `/`.
    const folder = prefix.includes('/') ? prefix.slice(0, prefix.lastIndexOf('/')) : '';
    const start = folder ? this.pathOf(folder) : this.root;
    let entries: Dirent[];
    try {
      entries = await readdir(start, { recursive: true, withFileTypes: true });
    } catch (error) {
      if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return;
      throw error;
    }
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      const key = path.relative(this.root, file).split(path.sep).join('/');
      // Only what could have been stored: a stray file (an editor's or the OS's, `.DS_Store`) is no key.
      if (key.startsWith(prefix) && isStorageKey(key)) yield { key, sizeBytes: (await stat(file)).size };
    }
  }

  override async prepareFolder(folder: string): Promise<void> {
    await mkdir(this.pathOf(folder), { recursive: true, mode: 0o700 });
  }

  async check(): Promise<void> {
    await mkdir(this.root, { recursive: true, mode: 0o700 });
    await access(this.root, constants.W_OK);
  }
}
