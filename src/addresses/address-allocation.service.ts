import { Injectable } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import type { AddressPoolPurpose } from './address-pool-purpose.js';
import { AddressesException } from './addresses.exception.js';
import type { District } from './district.js';
import { AddressAllocation } from './entities/address-allocation.entity.js';
import { AddressPool } from './entities/address-pool.entity.js';

export interface AllocationRequest {
  purpose: AddressPoolPurpose;
  district: District;
  subjectType: string;
  subjectId: string;
  holderAccountId: string;
  holderName: string;
}

/**
 * Hands out and takes back mailboxes, always inside the caller's transaction. The pool row's
 * counter gives the next number; the unique (pool, mailbox) constraint is the arbiter, so even a
 * bug or a manual insert can never give one mailbox to two holders.
 */
@Injectable()
export class AddressAllocationService {
  /** The subject's active allocation, or a new one. */
  async allocate(manager: EntityManager, request: AllocationRequest): Promise<AddressAllocation> {
    const existing = await manager.findOneBy(AddressAllocation, {
      subjectType: request.subjectType,
      subjectId: request.subjectId,
      releasedAt: IsNull(),
    });
    if (existing) return existing;
    const pool = await manager.findOne(AddressPool, {
      where: { purpose: request.purpose, district: request.district, active: true },
      order: { code: 'ASC' },
    });
    if (!pool) throw AddressesException.noPool(request.district);
    const counter = await manager
      .createQueryBuilder()
      .update(AddressPool)
      .set({ lastMailboxNumber: () => 'last_mailbox_number + 1' })
      .where('id = :id', { id: pool.id })
      .returning('last_mailbox_number')
      .execute();
    const mailboxNumber = Number((counter.raw as { last_mailbox_number: number }[])[0].last_mailbox_number);
    return manager.save(
      manager.create(AddressAllocation, {
        poolId: pool.id,
        mailboxNumber,
        holderAccountId: request.holderAccountId,
        holderName: request.holderName,
        subjectType: request.subjectType,
        subjectId: request.subjectId,
      }),
    );
  }

  /** Ends the subject's allocation; its mailbox number is never handed out again. */
  async release(manager: EntityManager, subjectType: string, subjectId: string): Promise<void> {
    await manager.update(AddressAllocation, { subjectType, subjectId, releasedAt: IsNull() }, { releasedAt: new Date() });
  }
}
