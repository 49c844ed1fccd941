import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AddressAllocationService, AddressPoolPurpose } from '../addresses/index.js';
import { AuditService } from '../common/audit/audit.service.js';
import { Role } from '../common/auth/role.js';
import { DomainEvents } from '../common/events/domain-events.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { AccountDirectory } from '../identity/index.js';
import { VerifiedIdentities } from '../identity-verification/index.js';
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
    private readonly accounts: AccountDirectory,
    private readonly identities: VerifiedIdentities,
  ) {}

  /**
   * Grants (or extends) the applicant's residency for the application's category. The holder's
   * name is the verified identity's where there is one, never the typed one.
   */
  async grant(manager: EntityManager, application: ResidencyApplication): Promise<Residency> {
    // Granting the role locks the account row, which serialises approvals of the same person's applications.
    await this.accounts.grantRole(application.accountId, Role.resident, manager);
    const identity = await this.identities.of(application.accountId, manager);
    const holder = identity
      ? { holderGivenName: identity.givenName.slice(0, 100), holderFamilyName: identity.familyName.slice(0, 100) }
      : { holderGivenName: application.givenName, holderFamilyName: application.familyName };
    const now = new Date();
    const validUntil = addMonths(now, this.config.residency.validityMonths[application.category]);
    const active = await manager.findOneBy(Residency, { accountId: application.accountId, status: ResidencyStatus.active });
    const residency = active
      ? await manager.save(
          Object.assign(active, {
            categories: [...new Set([...active.categories, application.category])],
            validUntil: validUntil > active.validUntil ? validUntil : active.validUntil,
            ...(identity ? holder : {}),
          }),
        )
      : await manager.save(
          manager.create(Residency, {
            accountId: application.accountId,
            categories: [application.category],
            district: application.district,
            ...holder,
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
      holderAccountId: application.accountId,
      holderName: `${residency.holderGivenName} ${residency.holderFamilyName}`,
    });
    await this.notifier.approved(manager, application.accountId, residency);
    await this.events.publish(manager, RESIDENCY_APPROVED, payloadOf(residency));
    return residency;
  }

  /** Ends an active residency: role removed, address released, person told, `residency.ended` published. */
  async end(manager: EntityManager, residency: Residency, reason: string): Promise<void> {
    await this.accounts.withdrawRole(residency.accountId, Role.resident, manager);
    await manager.update(Residency, { id: residency.id }, { status: ResidencyStatus.ended, endedAt: new Date(), endReason: reason });
    await this.addresses.release(manager, RESIDENCY_ADDRESS_SUBJECT, residency.id);
    await this.notifier.ended(manager, residency.accountId);
    await this.events.publish(manager, RESIDENCY_ENDED, payloadOf(residency));
    await this.audit.record(
      { action: 'residency.ended', actorAccountId: null, subjectType: 'residency', subjectId: residency.id, details: { reason } },
      manager,
    );
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
