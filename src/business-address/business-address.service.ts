import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '../../common/ids/is-uuid.js';
import { AddressPoolPurpose } from '../address-pool-purpose.js';
import { AddressPool } from '../entities/address-pool.entity.js';
import { BusinessAddressException } from './business-address.exception.js';
import { businessAddressLines, businessMailboxLabel, servicePointLines } from './business-address-lines.js';
import { CompaniesPort } from './companies-port.js';
import { BusinessAddressAllocation } from './entities/business-address-allocation.entity.js';

export interface BusinessServicePoint {
  code: string;
  name: string;
  lines: string[];
}

export interface BusinessAllocationRequest {
  companyId: string;
  establishmentId: string;
  servicePointCode: string;
}

/**
 * Business addresses at partner service points (address pools of purpose `businesses`). The
 * mailbox number comes from the pool's counter, as for residents; the unique (pool, mailbox)
 * constraint is the arbiter, and the unique establishment makes allocation idempotent.
 */
@Injectable()
export class BusinessAddressService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly companies: CompaniesPort,
  ) {}

  async servicePoints(manager: EntityManager = this.dataSource.manager): Promise<BusinessServicePoint[]> {
    const pools = await manager.find(AddressPool, { where: { purpose: AddressPoolPurpose.businesses, active: true }, order: { code: 'ASC' } });
    return pools.map((pool) => ({ code: pool.code, name: pool.careOf, lines: servicePointLines(pool) }));
  }

  /** Runs in the caller's transaction (the establishment is created in it). */
  async allocateForEstablishment(manager: EntityManager, request: BusinessAllocationRequest): Promise<{ allocationId: string; lines: string[] }> {
    if (!isUuid(request.companyId) || !isUuid(request.establishmentId)) throw new Error('allocateForEstablishment needs the company and establishment ids');
    const existing = await this.findByEstablishment(manager, request.establishmentId);
    if (existing) return { allocationId: existing.id, lines: businessAddressLines(existing.pool!, existing.holderName, existing.mailboxNumber) };
    const pool =
      typeof request.servicePointCode === 'string'
        ? await manager.findOneBy(AddressPool, { code: request.servicePointCode, purpose: AddressPoolPurpose.businesses, active: true })
        : null;
    if (!pool) throw BusinessAddressException.unknownServicePoint();
    const company = await this.companies.directory.profile(request.companyId, manager);
    const counter = await manager
      .createQueryBuilder()
      .update(AddressPool)
      .set({ lastMailboxNumber: () => 'last_mailbox_number + 1' })
      .where('id = :id', { id: pool.id })
      .returning('last_mailbox_number')
      .execute();
    const mailboxNumber = Number((counter.raw as { last_mailbox_number: number }[])[0].last_mailbox_number);
    // A concurrent allocation for the same establishment wins; a mailbox clash is never ignored.
    await manager.query(
      `INSERT INTO business_address_allocations (pool_id, mailbox_number, company_id, establishment_id, holder_name)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (establishment_id) DO NOTHING`,
      [pool.id, mailboxNumber, request.companyId, request.establishmentId, company.legalName.slice(0, 200)],
    );
    const allocation = await this.findByEstablishment(manager, request.establishmentId);
    if (!allocation) throw new Error(`business address for establishment ${request.establishmentId} vanished`);
    return { allocationId: allocation.id, lines: businessAddressLines(allocation.pool!, allocation.holderName, allocation.mailboxNumber) };
  }

  async addressOf(establishmentId: string, manager: EntityManager = this.dataSource.manager): Promise<{ lines: string[]; mailbox: string } | null> {
    if (!isUuid(establishmentId)) return null;
    const allocation = await this.findByEstablishment(manager, establishmentId);
    if (!allocation) return null;
    return {
      lines: businessAddressLines(allocation.pool!, allocation.holderName, allocation.mailboxNumber),
      mailbox: businessMailboxLabel(allocation.pool!, allocation.mailboxNumber),
    };
  }

  private findByEstablishment(manager: EntityManager, establishmentId: string): Promise<BusinessAddressAllocation | null> {
    return manager.findOne(BusinessAddressAllocation, { where: { establishmentId }, relations: { pool: true } });
  }
}
