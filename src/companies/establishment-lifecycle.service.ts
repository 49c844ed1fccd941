import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../common/audit/audit.service.js';
import { isUuid } from '../common/ids/is-uuid.js';
import { EstablishmentStatus } from './company-enums.js';
import { Establishment } from './entities/establishment.entity.js';

/**
 * Status changes of establishments made by other domains in their own transaction: the trade
 * registration, once registered, makes its establishment `active`. Idempotent.
 */
@Injectable()
export class EstablishmentLifecycle {
  constructor(private readonly audit: AuditService) {}

  /** setting_up → active; returns whether it changed (false when already active, closed or unknown). */
  async activate(manager: EntityManager, establishmentId: string, actorAccountId: string | null = null): Promise<boolean> {
    if (!isUuid(establishmentId)) return false;
    const result = await manager.update(
      Establishment,
      { id: establishmentId, status: EstablishmentStatus.setting_up },
      { status: EstablishmentStatus.active },
    );
    if (!result.affected) return false;
    await this.audit.record(
      { action: 'company.establishment_activated', actorAccountId, subjectType: 'establishment', subjectId: establishmentId },
      manager,
    );
    return true;
  }
}
