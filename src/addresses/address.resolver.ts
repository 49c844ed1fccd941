import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentActor } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import { UpdateMailHandlingInput } from './dto/mail-handling.input.js';
import { VirtualAddressModel } from './models/virtual-address.model.js';
import { VirtualAddressService } from './virtual-address.service.js';

@Resolver(() => VirtualAddressModel)
export class AddressResolver {
  constructor(private readonly addresses: VirtualAddressService) {}

  @Query(() => VirtualAddressModel, {
    nullable: true,
    description: 'The signed-in person’s virtual address, once their residency is approved.',
  })
  @Authenticated()
  myVirtualAddress(@CurrentActor() actor: Actor) {
    return this.addresses.mine(actor);
  }

  @Mutation(() => VirtualAddressModel, { description: 'Chooses what happens to letters for the signed-in person’s virtual address.' })
  @Authenticated()
  updateMailHandling(@CurrentActor() actor: Actor, @Args('input') input: UpdateMailHandlingInput) {
    return this.addresses.updateMailHandling(actor, input);
  }
}
