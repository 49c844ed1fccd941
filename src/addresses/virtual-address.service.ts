import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { AuditService } from '../common/audit/audit.service.js';
import type { Actor } from '../common/auth/actor.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { isUuid } from '../common/ids/is-uuid.js';
import { AddressesException } from './addresses.exception.js';
import { din5008Lines, mailboxLabel } from './din5008-address.js';
import type { UpdateMailHandlingInput } from './dto/mail-handling.input.js';
import { AddressAllocation } from './entities/address-allocation.entity.js';
import { MailHandling } from './mail-handling.js';
import type { VirtualAddressModel } from './models/virtual-address.model.js';

/** The holder's own view of their virtual address; nobody else's is reachable through it. */
@Injectable()
export class VirtualAddressService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async mine(actor: Actor): Promise<VirtualAddressModel | null> {
    const allocation = await this.dataSource.manager.findOne(AddressAllocation, {
      where: { holderAccountId: actor.accountId, releasedAt: IsNull() },
      relations: { pool: true },
      order: { allocatedAt: 'DESC' },
    });
    return allocation ? toModel(allocation) : null;
  }

  async updateMailHandling(actor: Actor, input: UpdateMailHandlingInput): Promise<VirtualAddressModel> {
    if (input.preference === MailHandling.forward && !input.forwardingAddress) throw AddressesException.forwardingAddressRequired();
    if (!isUuid(input.addressId)) throw DomainException.notFound();
    return this.dataSource.transaction(async (manager) => {
      const allocation = await manager.findOne(AddressAllocation, {
        where: { id: input.addressId, holderAccountId: actor.accountId, releasedAt: IsNull() },
        relations: { pool: true },
      });
      if (!allocation) throw DomainException.notFound();
      const forwardingAddress =
        input.preference === MailHandling.forward && input.forwardingAddress
          ? {
              name: input.forwardingAddress.name || null,
              street: input.forwardingAddress.street,
              postcode: input.forwardingAddress.postcode,
              city: input.forwardingAddress.city,
              country: input.forwardingAddress.country,
            }
          : null;
      await manager.update(AddressAllocation, { id: allocation.id }, { mailHandling: input.preference, forwardingAddress });
      await this.audit.record(
        {
          action: 'address.mail_handling_changed',
          actorAccountId: actor.accountId,
          subjectType: 'address_allocation',
          subjectId: allocation.id,
          details: { preference: input.preference },
        },
        manager,
      );
      return toModel({ ...allocation, mailHandling: input.preference, forwardingAddress });
    });
  }
}

function toModel(allocation: AddressAllocation): VirtualAddressModel {
  const pool = allocation.pool!;
  return {
    id: allocation.id,
    district: pool.district,
    mailbox: mailboxLabel(pool.mailboxPrefix, allocation.mailboxNumber),
    mailboxNumber: allocation.mailboxNumber,
    lines: din5008Lines({
      recipient: allocation.holderName,
      careOf: pool.careOf,
      street: pool.street,
      mailboxPrefix: pool.mailboxPrefix,
      mailboxNumber: allocation.mailboxNumber,
      postcode: pool.postcode,
      city: pool.city,
    }),
    careOf: pool.careOf,
    street: pool.street,
    postcode: pool.postcode,
    city: pool.city,
    mailHandling: allocation.mailHandling,
    forwardingAddress: allocation.forwardingAddress,
    allocatedAt: allocation.allocatedAt,
  };
}
