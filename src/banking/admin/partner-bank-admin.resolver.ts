import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators.js';
import type { Actor } from '../../common/auth/actor.js';
import { CreatePartnerBankInput, UpdatePartnerBankInput } from './partner-bank-admin.inputs.js';
import { AdministeredPartnerBankModel, PartnerBankWithSecretModel } from './partner-bank-admin.models.js';
import { PartnerBankAdministration, type PartnerBankWithSecret } from './partner-bank-administration.service.js';

const withSecret = ({ bank, webhookSecret }: PartnerBankWithSecret): PartnerBankWithSecretModel =>
  Object.assign(new PartnerBankWithSecretModel(), { bank: AdministeredPartnerBankModel.from(bank), webhookSecret });

@Resolver()
export class PartnerBankAdminResolver {
  constructor(private readonly banks: PartnerBankAdministration) {}

  @Query(() => [AdministeredPartnerBankModel], { description: 'Every partner bank, inactive ones too (administrators).' })
  @Authenticated()
  async administeredPartnerBanks(@CurrentActor() actor: Actor) {
    return (await this.banks.list(actor)).map(AdministeredPartnerBankModel.from);
  }

  @Mutation(() => PartnerBankWithSecretModel, { description: 'Enters a partner bank; answers its webhook secret once (administrators).' })
  @Authenticated()
  async createPartnerBank(@CurrentActor() actor: Actor, @Args('input') input: CreatePartnerBankInput) {
    return withSecret(await this.banks.create(actor, input));
  }

  @Mutation(() => AdministeredPartnerBankModel, { description: 'Changes a partner bank or (de)activates it (administrators).' })
  @Authenticated()
  async updatePartnerBank(@CurrentActor() actor: Actor, @Args('input') input: UpdatePartnerBankInput) {
    return AdministeredPartnerBankModel.from(await this.banks.update(actor, input.id, input));
  }

  @Mutation(() => PartnerBankWithSecretModel, {
    description: 'Replaces the bank’s webhook secret; answers the new one once (administrators).',
  })
  @Authenticated()
  async rotatePartnerBankSecret(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return withSecret(await this.banks.rotateSecret(actor, id));
  }
}
