import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AuditService } from '../common/audit/audit.service.js';
import type { Actor } from '../common/auth/actor.js';
import { hashSecretToken, newSecretToken } from '../common/crypto/secret-token.js';
import { DomainException } from '../common/errors/domain.exception.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { KioskDevice } from './kiosk-device.entity.js';
import { KioskException } from './kiosk.exception.js';
import type { RegisterKioskDeviceInput } from './kiosk.inputs.js';
import { officesOf } from './kiosk-offices.js';
import { rowCount } from './returned-rows.js';

export interface KioskEnrolment {
  device: KioskDevice;
  /** Shown once: the terminal's browser is started on the path with it; only its hash is stored. */
  secret: string;
}

/** How often a terminal's use is written down as `last_seen_at` at most. */
const SEEN_NOTED_EVERY_MS = 60_000;

/** Terminals: enrolled, listed and disabled by staff of their office; recognised by their device secret. */
@Injectable()
export class KioskDevicesService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async register(actor: Actor, input: RegisterKioskDeviceInput): Promise<KioskEnrolment> {
    const offices = officesOf(actor);
    if (offices.length === 0) throw DomainException.forbidden();
    const office = offices.length === 1 ? offices[0] : input.office;
    if (!office) throw KioskException.officeRequired();
    if (input.office && !offices.includes(input.office)) throw DomainException.forbidden();
    const secret = newSecretToken();
    const device = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(KioskDevice, {
          name: input.name,
          location: input.location,
          district: input.district,
          office,
          secretHash: hashSecretToken(secret),
          createdBy: actor.accountId,
        }),
      );
      await this.audit.record(
        { action: 'kiosk.device_registered', actorAccountId: actor.accountId, subjectType: 'kiosk_device', subjectId: saved.id },
        manager,
      );
      return saved;
    });
    return { device, secret };
  }

  /** The terminals of the actor's offices, newest first (one statement). */
  async list(actor: Actor): Promise<KioskDevice[]> {
    const offices = officesOf(actor);
    if (offices.length === 0) throw DomainException.forbidden();
    return this.dataSource.manager.find(KioskDevice, {
      where: { office: In(offices) },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: 500,
    });
  }

  /** Disables a terminal of the actor's office; another office's (or an unknown) id is NOT_FOUND. Idempotent. */
  async disable(actor: Actor, id: string): Promise<KioskDevice> {
    const offices = officesOf(actor);
    if (offices.length === 0) throw DomainException.forbidden();
    return this.dataSource.transaction(async (manager) => {
      const rows: unknown[] = await manager.query(
        `UPDATE kiosk_devices SET disabled_at = coalesce(disabled_at, now())
          WHERE id = $1 AND office = ANY($2::kiosk_office[]) RETURNING id`,
        [id, offices],
      );
      if (rowCount(rows) === 0) throw DomainException.notFound();
      await this.audit.record(
        { action: 'kiosk.device_disabled', actorAccountId: actor.accountId, subjectType: 'kiosk_device', subjectId: id },
        manager,
      );
      return manager.findOneByOrFail(KioskDevice, { id });
    });
  }

  /**
   * The terminal presenting `secret`, noted as seen (at most once a minute: a terminal's call
   * authenticates every signal, each ICE candidate included). Unknown and disabled terminals are
   * refused with stable reasons (KIOSK_DEVICE_UNKNOWN, KIOSK_DEVICE_DISABLED).
   */
  async authenticate(secret: string | undefined): Promise<KioskDevice> {
    if (!secret || secret.length > 100) throw KioskException.deviceUnknown();
    const device = await this.dataSource.manager.findOneBy(KioskDevice, { secretHash: hashSecretToken(secret) });
    if (!device) throw KioskException.deviceUnknown();
    if (device.disabledAt) throw KioskException.deviceDisabled();
    if (!device.lastSeenAt || Date.now() - device.lastSeenAt.getTime() >= SEEN_NOTED_EVERY_MS) {
      await this.dataSource.query(`UPDATE kiosk_devices SET last_seen_at = now() WHERE id = $1 AND disabled_at IS NULL`, [device.id]);
    }
    return device;
  }

  timeouts(): { idleSeconds: number; warningSeconds: number } {
    return { idleSeconds: this.config.kiosk.idleSeconds, warningSeconds: this.config.kiosk.warningSeconds };
  }
}
