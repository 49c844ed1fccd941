import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

/**
 * Message attachments on the local disk under FILES_DIR/secure-messaging (outside the web root), one file per
 * document under a random key: nothing a sender sends ever becomes part of a path.
 */
@Injectable()
export class MessageAttachmentStorage implements OnModuleInit {
  private readonly root: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.root = path.resolve(config.files.dir, 'secure-messaging');
  }

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

  private pathOf(key: string): string {
    if (!/^[0-9a-f]{40}$/.test(key)) throw new Error('malformed storage key');
    return path.join(this.root, key);
  }
}
