import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import type { VideoIdentificationPartner } from '../video-identification-partner.js';

export const LOCAL_SANDBOX_PARTNER = 'local-sandbox';

/** The local video identification sandbox: its "call" is a page of this server (development and tests only). */
@Injectable()
export class VideoIdentSandboxPartner implements VideoIdentificationPartner {
  readonly name = LOCAL_SANDBOX_PARTNER;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async open(): Promise<{ reference: string; url: string }> {
    const reference = `sbx_${randomBytes(24).toString('base64url')}`;
    return { reference, url: `${this.config.publicUrl}${this.config.identityVerification.video.sandbox.path}/sessions/${reference}` };
  }
}
