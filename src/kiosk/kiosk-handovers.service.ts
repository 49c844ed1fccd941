import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hashSecretToken, newSecretToken } from '../common/crypto/secret-token.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { HANDOVER_DRAFT_FIELDS, KioskHandoverStep } from './kiosk-enums.js';
import { KioskHandover } from './kiosk-handover.entity.js';
import { KioskException } from './kiosk.exception.js';
import type { CreateKioskHandoverInput } from './kiosk.inputs.js';
import type { KioskDevice } from './kiosk-device.entity.js';
import { returnedRows } from './returned-rows.js';

export interface IssuedHandover {
  /** Shown once, as the QR code's URL; only its hash is stored. */
  code: string;
  expiresAt: Date;
}

export interface RedeemedHandover {
  step: KioskHandoverStep;
  draft: Record<string, string>;
}

/** Hand-over records older than this (used or expired) are deleted when the next one is written. */
const KEEP_FINISHED_HOURS = 24;

/**
 * "Continue on your phone": a terminal hands the step on screen (and its non-secret draft) to the
 * person's own device. The code is random, stored hashed, lives KIOSK_HANDOVER_MINUTES and is
 * redeemed once: one conditional UPDATE decides, and it empties the draft as it hands it out.
 */
@Injectable()
export class KioskHandoversService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async create(device: KioskDevice, input: CreateKioskHandoverInput): Promise<IssuedHandover> {
    const draft = draftOf(input);
    const code = newSecretToken();
    const expiresAt = new Date(Date.now() + this.config.kiosk.handoverMinutes * 60_000);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM kiosk_handovers WHERE expires_at < now() - make_interval(hours => $1)`, [KEEP_FINISHED_HOURS]);
      await manager.insert(KioskHandover, { deviceId: device.id, codeHash: hashSecretToken(code), step: input.step, draft, expiresAt });
    });
    return { code, expiresAt };
  }

  /** Once: a second redemption (also a concurrent one) or an expired code is CONFLICT, an unknown code NOT_FOUND. */
  async redeem(code: string): Promise<RedeemedHandover> {
    if (code.length === 0 || code.length > 100) throw KioskException.handoverInvalid();
    const codeHash = hashSecretToken(code);
    const result: unknown[] = await this.dataSource.query(
      `UPDATE kiosk_handovers h SET redeemed_at = now(), draft = '{}'::jsonb
         FROM (SELECT id, draft FROM kiosk_handovers WHERE code_hash = $1 FOR UPDATE) previous
        WHERE h.id = previous.id AND h.redeemed_at IS NULL AND h.expires_at > now()
    RETURNING h.step, previous.draft`,
      [codeHash],
    );
    const [redeemed] = returnedRows<RedeemedHandover>(result);
    if (redeemed) return redeemed;
    const exists = await this.dataSource.manager.existsBy(KioskHandover, { codeHash });
    throw exists ? KioskException.handoverUsedOrExpired() : KioskException.handoverInvalid();
  }
}

/** The draft with only the step's allowed fields; anything else is refused, not silently dropped. */
function draftOf(input: CreateKioskHandoverInput): Record<string, string> {
  const allowed = HANDOVER_DRAFT_FIELDS[input.step];
  const draft: Record<string, string> = {};
  for (const [field, value] of Object.entries(input.draft ?? {})) {
    if (value === null || value === undefined || value === '') continue;
    if (!allowed.includes(field) || typeof value !== 'string') throw KioskException.draftField(field);
    draft[field] = value;
  }
  return draft;
}
