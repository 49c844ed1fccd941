import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { isUuid } from '../../common/ids/is-uuid.js';
import { AddressPoolPurpose } from '../address-pool-purpose.js';
import type { AddressPoolInfo } from '../address-pools.service.js';
import { AddressesException } from '../addresses.exception.js';
import type { District } from '../district.js';
import { AddressPool } from '../entities/address-pool.entity.js';

export interface AddressPoolDetails {
  district: District;
  careOf: string;
  street: string;
  postcode: string;
  city: string;
}

export interface AdministeredAddressPool extends AddressPoolInfo {
  mailboxesIssued: number;
}

/**
 * Creating, changing and (de)activating the address pools of one purpose, audited. It does not decide
 * who may: the calling service does (addresses for residents' pools, business-address for service
 * points). Code and mailbox prefix never change, as issued mailboxes carry them.
 */
@Injectable()
export class AddressPoolAdministration {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(purpose: AddressPoolPurpose): Promise<AdministeredAddressPool[]> {
    const pools = await this.dataSource.manager.find(AddressPool, { where: { purpose }, order: { active: 'DESC', code: 'ASC' } });
    return pools.map(administered);
  }

  async create(actorId: string, purpose: AddressPoolPurpose, input: AddressPoolDetails & { code: string; mailboxPrefix: string }) {
    return this.dataSource.transaction(async (manager) => {
      // One creation per purpose at a time, so that the prefix check below cannot race another.
      await this.takeTurn(manager, purpose);
      const prefixTaken = await manager
        .createQueryBuilder(AddressPool, 'p')
        .where('p.purpose = :purpose AND upper(p.mailbox_prefix) = :prefix', { purpose, prefix: input.mailboxPrefix })
        .getExists();
      if (prefixTaken) throw AddressesException.mailboxPrefixTaken();
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(AddressPool)
        .values({ ...details(input), code: input.code, mailboxPrefix: input.mailboxPrefix, purpose, active: true })
        .orIgnore()
        .returning(['id'])
        .execute();
      const [row] = inserted.raw as { id: string }[];
      if (!row) throw AddressesException.poolCodeTaken();
      await this.record(manager, actorId, 'addresses.pool_created', row.id, {
        purpose,
        code: input.code,
        mailboxPrefix: input.mailboxPrefix,
        ...details(input),
      });
      return administered(await manager.findOneByOrFail(AddressPool, { id: row.id }));
    });
  }

  async update(actorId: string, purpose: AddressPoolPurpose, id: string, input: AddressPoolDetails & { active: boolean }) {
    return this.dataSource.transaction(async (manager) => {
      // A change locks its pool and then the district's other active pools: two changes at once would
      // each hold one pool and wait for the other's (a deadlock, answered BUSY). Taking turns first, the
      // second waits for the first to commit and then decides on what it left (e.g. CONFLICT).
      await this.takeTurn(manager, purpose);
      const pool = isUuid(id) ? await manager.findOne(AddressPool, { where: { id, purpose }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!pool) throw DomainException.notFound();
      const leavesDistrict = pool.active && (!input.active || input.district !== pool.district);
      if (purpose === AddressPoolPurpose.residents && leavesDistrict) await this.assertAnotherActivePool(manager, pool);
      const changes = { ...details(input), active: input.active };
      await manager.update(AddressPool, { id: pool.id }, changes);
      await this.record(manager, actorId, 'addresses.pool_updated', pool.id, { purpose, ...changes });
      return administered(await manager.findOneByOrFail(AddressPool, { id: pool.id }));
    });
  }

  /** Residents are allocated by district: a district keeps at least one active pool (its pools locked, so two changes cannot both leave). */
  private async assertAnotherActivePool(manager: EntityManager, pool: AddressPool): Promise<void> {
    const rows: { id: string }[] = await manager.query(
      'SELECT id FROM address_pools WHERE purpose = $1 AND district = $2 AND active ORDER BY id FOR UPDATE',
      [pool.purpose, pool.district],
    );
    if (!rows.some((row) => row.id !== pool.id)) throw AddressesException.lastPoolOfDistrict();
  }

  /** The purpose's pools change one transaction at a time (a transaction-scoped advisory lock, bounded by lock_timeout). */
  private async takeTurn(manager: EntityManager, purpose: AddressPoolPurpose): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`address_pools:${purpose}`]);
  }

  private record(manager: EntityManager, actorId: string, action: string, poolId: string, details: Record<string, unknown>) {
    return this.audit.record({ action, actorAccountId: actorId, subjectType: 'address_pool', subjectId: poolId, details }, manager);
  }
}

const details = (input: AddressPoolDetails): AddressPoolDetails => ({
  district: input.district,
  careOf: input.careOf,
  street: input.street,
  postcode: input.postcode,
  city: input.city,
});

function administered(pool: AddressPool): AdministeredAddressPool {
  return {
    id: pool.id,
    code: pool.code,
    purpose: pool.purpose,
    district: pool.district,
    careOf: pool.careOf,
    street: pool.street,
    postcode: pool.postcode,
    city: pool.city,
    mailboxPrefix: pool.mailboxPrefix,
    active: pool.active,
    mailboxesIssued: pool.lastMailboxNumber,
  };
}
