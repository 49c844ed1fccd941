import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AddressPoolModel, CreateAddressPoolInput, UpdateAddressPoolInput } from '../../addresses/index.js';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators.js';
import type { Actor } from '../../common/auth/actor.js';
import { ServicePointAdministration } from './service-point-administration.service.js';

@Resolver()
export class ServicePointAdminResolver {
  constructor(private readonly servicePoints: ServicePointAdministration) {}

  @Query(() => [AddressPoolModel], {
    description: 'Every partner service point, inactive ones too (administrators, economic development).',
  })
  @Authenticated()
  async administeredServicePoints(@CurrentActor() actor: Actor) {
    return (await this.servicePoints.list(actor)).map(AddressPoolModel.from);
  }

  @Mutation(() => AddressPoolModel, { description: 'Adds a partner service point (administrators, economic development; audited).' })
  @Authenticated()
  async createServicePoint(@CurrentActor() actor: Actor, @Args('input') input: CreateAddressPoolInput) {
    return AddressPoolModel.from(await this.servicePoints.create(actor, input));
  }

  @Mutation(() => AddressPoolModel, { description: 'Changes or (de)activates a partner service point (audited).' })
  @Authenticated()
  async updateServicePoint(@CurrentActor() actor: Actor, @Args('input') input: UpdateAddressPoolInput) {
    return AddressPoolModel.from(await this.servicePoints.update(actor, input.id, input));
  }
}
