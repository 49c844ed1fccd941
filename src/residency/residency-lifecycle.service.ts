import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AddressAllocationService } from '../addresses/address-allocation.service.js';
import { AddressPoolPurpose } from '../addresses/address-pool-purpose.js';
import { AuditService } from '../common/audit/audit.service.js';
import { Role } from '../common/auth/role.js';
import { DomainEvents } from '../common/events/domain-events.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Account } from '../identity/account.entity.js';
import type { ResidencyApplication } from './entities/residency-application.entity.js';
import { Residency } from './entities/residency.entity.js';
import { RESIDENCY_APPROVED, RESIDENCY_ENDED, type ResidencyEventPayload } from './residency-events.js';
import { ResidencyNotifier } from './residency-notifier.js';
import { ResidencyStatus } from './residency-status.js';

export const RESIDENCY_ADDRESS_SUBJECT = 'residency';

const addMonths = (date: Date, months: number) => {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
};

const payloadOf = (residency: Residency): ResidencyEventPayload => ({
  accountId: residency.accountId,
  residencyId: residency.id,
  categories: residency.categories,
  district: residency.district,
  validUntil: residency.validUntil.toISOString(),
});

/**
 * Becoming and ceasing to be a virtual resident: the `resident` role, the Residency record, the
 * virtual address, the notifications and the domain events, all in the caller's transaction.
 */
@Injectable()
export class ResidencyLifecycleService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly addresses: AddressAllocationService,
    private readonly notifier: ResidencyNotifier,
    private readonly events: DomainEvents,
    private readonly audit: AuditService,
  ) {}

  /** Grants (or extends) the applicant's residency for the application's category. */
  async grant(manager: EntityManager, application: ResidencyApplication): Promise<Residency> {
    // Locking the account serialises approvals of the same person's applications.
    const account = await manager.findOneOrFail(Account, { where: { id: application.accountId }, lock: { mode: 'pessimistic_write' } });
    if (!account.roles.includes(Role.resident)) {
      await manager.update(Account, { id: account.id }, { roles: [...account.roles, Role.resident] });
    }
    const now = new Date();
    const validUntil = addMonths(now, this.config.residency.validityMonths[application.category]);
    const active = await manager.findOneBy(Residency, { accountId: account.id, status: ResidencyStatus.active });
    const residency = active
      ? await manager.save(
          Object.assign(active, {
            categories: [...new Set([...active.categories, application.category])],
            validUntil: validUntil > active.validUntil ? validUntil : active.validUntil,
          }),
        )
      : await manager.save(
          manager.create(Residency, {
            accountId: account.id,
            categories: [application.category],
            district: application.district,
            holderGivenName: application.givenName,
            holderFamilyName: application.familyName,
            status: ResidencyStatus.active,
            validFrom: now,
            validUntil,
          }),
        );
    await this.addresses.allocate(manager, {
      purpose: AddressPoolPurpose.residents,
      district: residency.district,
      subjectType: RESIDENCY_ADDRESS_SUBJECT,
      subjectId: residency.id,
      holderAccountId: account.id,
      holderName: `${residency.holderGivenName} ${residency.holderFamilyName}`,
    });
    await this.notifier.approved(manager, account, residency);
    await this.events.publish(manager, RESIDENCY_APPROVED, payloadOf(residency));
    return residency;
  }

  /** Ends an active residency: role removed, address released, person told, `residency.ended` published. */
  async end(manager: EntityManager, residency: Residency, reason: string): Promise<void> {
    const account = await manager.findOneOrFail(Account, { where: { id: residency.accountId }, lock: { mode: 'pessimistic_write' } });
    await manager.update(Residency, { id: residency.id }, { status: ResidencyStatus.ended, endedAt: new Date(), endReason: reason });
    await manager.update(Account, { id: account.id }, { roles: account.roles.filter((role) => role !== Role.resident) });
    await this.addresses.release(manager, RESIDENCY_ADDRESS_SUBJECT, residency.id);
    await this.notifier.ended(manager, account);
    await this.events.publish(manager, RESIDENCY_ENDED, payloadOf(residency));
    await this.audit.record({ action: 'residency.ended', actorAccountId: null, subjectType: 'residency', subjectId: residency.id, details: { reason } }, manager);
  }

  /** Ends every residency whose validity has passed, in small batches; returns how many. Safe to run in several processes. */
  async endExpired(now = new Date()): Promise<number> {
    let ended = 0;
    for (;;) {
      const batch = await this.dataSource.transaction(async (manager) => {
        const expired = await manager
          .createQueryBuilder(Residency, 'r')
          .where('r.status = :active AND r.valid_until <= :now', { active: ResidencyStatus.active, now })
          .orderBy('r.valid_until', 'ASC')
          .limit(20)
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getMany();
        for (const residency of expired) await this.end(manager, residency, 'expired');
        return expired.length;
      });
      ended += batch;
      if (batch === 0) return ended;
    }
  }
}
