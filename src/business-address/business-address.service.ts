import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '../common/ids/is-uuid.js';
import { AddressPoolPurpose, AddressPools } from '../addresses/index.js';
import {
  CompanyDirectory,
  EstablishmentAddresses,
  type EstablishmentAddress,
  type EstablishmentAddressProvider,
  type EstablishmentAddressRequest,
} from '../companies/index.js';
import { BusinessAddressException } from './business-address.exception.js';
import { businessAddressLines, businessMailboxLabel, servicePointLines } from './business-address-lines.js';
import { BusinessAddressAllocation } from './entities/business-address-allocation.entity.js';

export interface BusinessServicePoint {
  code: string;
  name: string;
  lines: string[];
}

/**
 * Business addresses at partner service points (address pools of purpose `businesses`). The
 * mailbox number comes from the pool's counter, as for residents; the unique (pool, mailbox)
 * constraint is the arbiter, and the unique establishment makes allocation idempotent.
 */
@Injectable()
export class BusinessAddressService implements EstablishmentAddressProvider, OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: CompanyDirectory,
    private readonly establishmentAddresses: EstablishmentAddresses,
    private readonly pools: AddressPools,
  ) {}

  /** Companies asks for a representative office's address through its port; it never imports this domain. */
  onModuleInit(): void {
    this.establishmentAddresses.register(this);
  }

  async servicePoints(manager: EntityManager = this.dataSource.manager): Promise<BusinessServicePoint[]> {
    const pools = await this.pools.active(AddressPoolPurpose.businesses, manager);
    return pools.map((pool) => ({ code: pool.code, name: pool.careOf, lines: servicePointLines(pool) }));
  }

  /** Runs in the caller's transaction (the establishment is created in it). */
  async allocateForEstablishment(manager: EntityManager, request: EstablishmentAddressRequest): Promise<EstablishmentAddress> {
    if (!isUuid(request.companyId) || !isUuid(request.establishmentId))
      throw new Error('allocateForEstablishment needs the company and establishment ids');
    const existing = await this.findByEstablishment(manager, request.establishmentId);
    if (existing)
      return {
        allocationId: existing.id,
        lines: businessAddressLines(await this.pools.byId(existing.poolId, manager), existing.holderName, existing.mailboxNumber),
      };
    const pool =
      typeof request.servicePointCode === 'string'
        ? await this.pools.activeByCode(request.servicePointCode, AddressPoolPurpose.businesses, manager)
        : null;
    if (!pool) throw BusinessAddressException.unknownServicePoint();
    const company = await this.directory.profile(request.companyId, manager);
    const mailboxNumber = await this.pools.nextMailboxNumber(manager, pool.id);
    // A concurrent allocation for the same establishment wins; a mailbox clash is never ignored.
    await manager.query(
      `INSERT INTO business_address_allocations (pool_id, mailbox_number, company_id, establishment_id, holder_name)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (establishment_id) DO NOTHING`,
      [pool.id, mailboxNumber, request.companyId, request.establishmentId, company.legalName.slice(0, 200)],
    );
    const allocation = await this.findByEstablishment(manager, request.establishmentId);
    if (!allocation) throw new Error(`business address for establishment ${request.establishmentId} vanished`);
    // Normally the pool just used; a concurrent winner's allocation may sit at another pool.
    const allocationPool = allocation.poolId === pool.id ? pool : await this.pools.byId(allocation.poolId, manager);
    return { allocationId: allocation.id, lines: businessAddressLines(allocationPool, allocation.holderName, allocation.mailboxNumber) };
  }

  async addressOf(
    establishmentId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ lines: string[]; mailbox: string } | null> {
    if (!isUuid(establishmentId)) return null;
    const allocation = await this.findByEstablishment(manager, establishmentId);
    if (!allocation) return null;
    const pool = await this.pools.byId(allocation.poolId, manager);
    return {
      lines: businessAddressLines(pool, allocation.holderName, allocation.mailboxNumber),
      mailbox: businessMailboxLabel(pool, allocation.mailboxNumber),
    };
  }

  private findByEstablishment(manager: EntityManager, establishmentId: string): Promise<BusinessAddressAllocation | null> {
    return manager.findOneBy(BusinessAddressAllocation, { establishmentId });
  }
}
