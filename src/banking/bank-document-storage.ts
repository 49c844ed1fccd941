import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

/** Documents for banks on the local disk under FILES_DIR/banking (outside the web root), under random keys. */
@Injectable()
export class BankDocumentStorage implements OnModuleInit {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    await mkdir(this.config.banking.filesDir, { recursive: true, mode: 0o700 });
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

  private pathOf(key: string): string {
    if (!/^[0-9a-f]{40}$/.test(key)) throw new Error('malformed storage key');
    return path.join(this.config.banking.filesDir, key);
  }
}
