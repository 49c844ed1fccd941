import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators.js';
import type { Actor } from '../../common/auth/actor.js';
import { CreateAddressPoolInput, UpdateAddressPoolInput } from './address-pool-admin.inputs.js';
import { AddressPoolModel } from './address-pool.model.js';
import { ResidentAddressPools } from './resident-address-pools.service.js';

@Resolver()
export class AddressPoolAdminResolver {
  constructor(private readonly pools: ResidentAddressPools) {}

  @Query(() => [AddressPoolModel], { description: 'The residents’ address pools, inactive ones too (administrators, citizens’ office).' })
  @Authenticated()
  async residentAddressPools(@CurrentActor() actor: Actor) {
    return (await this.pools.list(actor)).map(AddressPoolModel.from);
  }

  @Mutation(() => AddressPoolModel, { description: 'Adds an address pool for residents (administrators, citizens’ office; audited).' })
  @Authenticated()
  async createResidentAddressPool(@CurrentActor() actor: Actor, @Args('input') input: CreateAddressPoolInput) {
    return AddressPoolModel.from(await this.pools.create(actor, input));
  }

  @Mutation(() => AddressPoolModel, { description: 'Changes or (de)activates a residents’ address pool (audited).' })
  @Authenticated()
  async updateResidentAddressPool(@CurrentActor() actor: Actor, @Args('input') input: UpdateAddressPoolInput) {
    return AddressPoolModel.from(await this.pools.update(actor, input.id, input));
  }
}
