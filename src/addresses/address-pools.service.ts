import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { AddressPoolPurpose } from './address-pool-purpose.js';
import type { District } from './district.js';
import { AddressPool } from './entities/address-pool.entity.js';

/** What other domains see of an address pool: its identity and postal address, never the counter. */
export interface AddressPoolInfo {
  id: string;
  code: string;
  purpose: AddressPoolPurpose;
  district: District;
  /** The office the holder's mail is addressed in care of. */
  careOf: string;
  street: string;
  postcode: string;
  city: string;
  mailboxPrefix: string;
  active: boolean;
}

/**
 * Read access to the address pools and their mailbox counter for other domains (business-address
 * hands out mailboxes at pools of purpose `businesses`). Every method runs in the caller's
 * transaction when given its manager.
 */
@Injectable()
export class AddressPools {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The active pools of a purpose, ordered by code. */
  async active(purpose: AddressPoolPurpose, manager: EntityManager = this.dataSource.manager): Promise<AddressPoolInfo[]> {
    const pools = await manager.find(AddressPool, { where: { purpose, active: true }, order: { code: 'ASC' } });
    return pools.map(toInfo);
  }

  /** The active pool of a purpose with this code, or null. */
  async activeByCode(
    code: string,
    purpose: AddressPoolPurpose,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AddressPoolInfo | null> {
    const pool = await manager.findOneBy(AddressPool, { code, purpose, active: true });
    return pool ? toInfo(pool) : null;
  }

  /** Pools of a purpose whose mailbox prefix matches case-insensitively (active or not: old mailboxes stay reachable). */
  async byMailboxPrefix(
    prefix: string,
    purpose: AddressPoolPurpose,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AddressPoolInfo[]> {
    const pools = await manager
      .createQueryBuilder(AddressPool, 'p')
      .where('upper(p.mailbox_prefix) = upper(:prefix)', { prefix })
      .andWhere('p.purpose = :purpose', { purpose })
      .orderBy('p.code', 'ASC')
      .getMany();
    return pools.map(toInfo);
  }

  /** The pools with these ids (active or not), in one query, keyed by id. */
  async byIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, AddressPoolInfo>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const pools = await manager.findBy(AddressPool, { id: In(unique) });
    return new Map(pools.map((pool) => [pool.id, toInfo(pool)]));
  }

  /** The pool with this id (active or not); throws when it does not exist. */
  async byId(id: string, manager: EntityManager = this.dataSource.manager): Promise<AddressPoolInfo> {
    const pool = (await this.byIds([id], manager)).get(id);
    if (!pool) throw new Error(`address pool ${id} does not exist`);
    return pool;
  }

  /**
   * Takes the pool's next mailbox number, atomically in the caller's transaction (the row stays
   * locked until it ends). Numbers are never reused.
   */
  async nextMailboxNumber(manager: EntityManager, poolId: string): Promise<number> {
    const counter = await manager
      .createQueryBuilder()
      .update(AddressPool)
      .set({ lastMailboxNumber: () => 'last_mailbox_number + 1' })
      .where('id = :id', { id: poolId })
      .returning('last_mailbox_number')
      .execute();
    const rows = counter.raw as { last_mailbox_number: number }[];
    if (rows.length === 0) throw new Error(`address pool ${poolId} does not exist`);
    return Number(rows[0].last_mailbox_number);
  }
}

function toInfo(pool: AddressPool): AddressPoolInfo {
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
  };
}
