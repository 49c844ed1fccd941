import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators.js';
import type { Actor } from '../../common/auth/actor.js';
import { ChangeAccountRoleInput, EmailLookupInput, SetRoleAssuranceInput } from '../dto/role-administration.inputs.js';
import { AccountModel } from '../models/account.model.js';
import { RoleAssuranceModel } from '../models/role-assurance.model.js';
import { RoleAdministration } from './role-administration.service.js';
import { RoleAssuranceRequirements } from './role-assurance-requirements.service.js';

@Resolver()
export class RoleAdministrationResolver {
  constructor(
    private readonly roles: RoleAdministration,
    private readonly assurance: RoleAssuranceRequirements,
  ) {}

  @Query(() => [RoleAssuranceModel], { description: 'The level of assurance each staff role needs (administrators only).' })
  @Authenticated()
  roleAssuranceRequirements(@CurrentActor() actor: Actor): Promise<RoleAssuranceModel[]> {
    return this.assurance.list(actor);
  }

  @Mutation(() => [RoleAssuranceModel], { description: 'Sets the level of assurance a staff role needs (administrators only; audited).' })
  @Authenticated()
  setRoleAssuranceRequirement(@CurrentActor() actor: Actor, @Args('input') input: SetRoleAssuranceInput): Promise<RoleAssuranceModel[]> {
    return this.assurance.set(actor, input);
  }

  @Query(() => AccountModel, { description: 'An account by e-mail address, with its roles (administrators only).' })
  @Authenticated()
  async accountForRoles(@CurrentActor() actor: Actor, @Args('input') input: EmailLookupInput): Promise<AccountModel> {
    return AccountModel.fromContact(await this.roles.findByEmail(actor, input.email));
  }

  @Mutation(() => AccountModel, { description: 'Grants a staff role to another account (administrators only; audited).' })
  @Authenticated()
  async grantAccountRole(@CurrentActor() actor: Actor, @Args('input') input: ChangeAccountRoleInput): Promise<AccountModel> {
    return AccountModel.fromContact(await this.roles.grant(actor, input));
  }

  @Mutation(() => AccountModel, { description: 'Withdraws a staff role from another account (administrators only; audited).' })
  @Authenticated()
  async withdrawAccountRole(@CurrentActor() actor: Actor, @Args('input') input: ChangeAccountRoleInput): Promise<AccountModel> {
    return AccountModel.fromContact(await this.roles.withdraw(actor, input));
  }
}
