import { OnModuleInit } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Uploaded bytes on the local disk in one folder under FILES_DIR (outside the web root), one file
 * per document under a random key: nothing a caller sends ever becomes part of a path. Each domain
 * has its own folder (a subclass naming it).
 */
export abstract class LocalFileFolder implements OnModuleInit {
  protected constructor(private readonly root: string) {}

  async onModuleInit(): Promise<void> {
    await mkdir(this.root, { recursive: true, mode: 0o700 });
  }

  newKey(): string {
    return randomBytes(20).toString('hex');
  }

  async write(key: string, content: Buffer): Promise<void> {
    await writeFile(this.pathOf(key), content, { flag: 'wx', mode: 0o600 });
  }

  read(key: string): Promise<Buffer> {
    return readFile(this.pathOf(key));
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  pathOf(key: string): string {
    if (!/^[0-9a-f]{40}$/.test(key)) throw new Error('malformed storage key');
    return path.join(this.root, key);
  }
}
