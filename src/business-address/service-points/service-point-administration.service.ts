import { Injectable } from '@nestjs/common';
import { AddressPoolAdministration, AddressPoolPurpose, type AddressPoolDetails } from '../../addresses/index.js';
import { hasRole, type Actor } from '../../common/auth/actor.js';
import { Role } from '../../common/auth/role.js';
import { DomainException } from '../../common/errors/domain.exception.js';

/**
 * The partner service points (address pools of purpose `businesses`), kept by administrators and the
 * economic development office. The pools belong to addresses, which writes and audits them.
 */
@Injectable()
export class ServicePointAdministration {
  constructor(private readonly pools: AddressPoolAdministration) {}

  list(actor: Actor) {
    this.assertMayManage(actor);
    return this.pools.list(AddressPoolPurpose.businesses);
  }

  create(actor: Actor, input: AddressPoolDetails & { code: string; mailboxPrefix: string }) {
    this.assertMayManage(actor);
    return this.pools.create(actor.accountId, AddressPoolPurpose.businesses, input);
  }

  update(actor: Actor, id: string, input: AddressPoolDetails & { active: boolean }) {
    this.assertMayManage(actor);
    return this.pools.update(actor.accountId, AddressPoolPurpose.businesses, id, input);
  }

  private assertMayManage(actor: Actor): void {
    if (!hasRole(actor, Role.admin, Role.staff_economic_development)) throw DomainException.forbidden();
  }
}
