import { Injectable } from '@nestjs/common';
import { hasRole, type Actor } from '../../common/auth/actor.js';
import { Role } from '../../common/auth/role.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { AddressPoolPurpose } from '../address-pool-purpose.js';
import { AddressPoolAdministration, type AddressPoolDetails } from './address-pool-administration.js';

/** The residents' address pools, kept by administrators and the citizens' office. */
@Injectable()
export class ResidentAddressPools {
  constructor(private readonly administration: AddressPoolAdministration) {}

  list(actor: Actor) {
    this.assertMayManage(actor);
    return this.administration.list(AddressPoolPurpose.residents);
  }

  create(actor: Actor, input: AddressPoolDetails & { code: string; mailboxPrefix: string }) {
    this.assertMayManage(actor);
    return this.administration.create(actor.accountId, AddressPoolPurpose.residents, input);
  }

  update(actor: Actor, id: string, input: AddressPoolDetails & { active: boolean }) {
    this.assertMayManage(actor);
    return this.administration.update(actor.accountId, AddressPoolPurpose.residents, id, input);
  }

  private assertMayManage(actor: Actor): void {
    if (!hasRole(actor, Role.admin, Role.staff_citizens_office)) throw DomainException.forbidden();
  }
}
