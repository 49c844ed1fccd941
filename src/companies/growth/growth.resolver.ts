import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators.js';
import type { Actor } from '../../common/auth/actor.js';
import { GrowthOffice } from './growth-office.service.js';
import { GrowthDeadlineInput, GrowthOfficeMessageInput, RecordGrowthRegistrationInput, SaveSubsidiaryInput } from './growth.inputs.js';
import { GrowingCompanyModel, GrowthPlanModel } from './growth.models.js';
import { GrowthService } from './growth.service.js';

/** Representative office → branch → subsidiary. Access is decided in the services. */
@Resolver(() => GrowthPlanModel)
export class GrowthResolver {
  constructor(
    private readonly growth: GrowthService,
    private readonly office: GrowthOffice,
  ) {}

  @Query(() => [GrowthPlanModel], {
    description: 'The company’s branch and subsidiary plans (representatives; staff of economic development).',
  })
  @Authenticated()
  async companyGrowth(@CurrentActor() actor: Actor, @Args('companyId', { type: () => ID }) companyId: string) {
    return (await this.growth.plans(actor, companyId)).map((view) => GrowthPlanModel.from(view));
  }

  @Mutation(() => GrowthPlanModel, {
    description: 'Owners and managing directors: a branch (§13d HGB) at the representative office’s address, once the office is active.',
  })
  @Authenticated()
  async startBranch(@CurrentActor() actor: Actor, @Args('companyId', { type: () => ID }) companyId: string) {
    return GrowthPlanModel.from(await this.growth.startBranch(actor, companyId));
  }

  @Mutation(() => GrowthPlanModel, {
    description: 'Owners and managing directors: starts the subsidiary (GmbH/UG) or changes its data while prepared.',
  })
  @Authenticated()
  async saveSubsidiary(@CurrentActor() actor: Actor, @Args('input') input: SaveSubsidiaryInput) {
    const { companyId, ...data } = input;
    return GrowthPlanModel.from(
      await this.growth.saveSubsidiary(actor, companyId, {
        ...data,
        shareholders: data.shareholders.map(({ name, countryCode, nominalCents, isParentCompany }) => ({
          name,
          countryCode,
          nominalCents,
          isParentCompany,
        })),
      }),
    );
  }

  @Mutation(() => GrowthPlanModel, { description: 'preparing → handed_over_to_notary, once the checklist or the data is complete.' })
  @Authenticated()
  async handOverGrowthPlan(@CurrentActor() actor: Actor, @Args('planId', { type: () => ID }) planId: string) {
    return GrowthPlanModel.from(await this.growth.handOver(actor, planId));
  }

  @Mutation(() => GrowthPlanModel, { description: 'handed_over_to_notary → registered, with the register court’s entry.' })
  @Authenticated()
  async recordGrowthRegistration(@CurrentActor() actor: Actor, @Args('input') input: RecordGrowthRegistrationInput) {
    return GrowthPlanModel.from(await this.growth.recordRegistration(actor, input.planId, input.registerCourt, input.registerNumber));
  }

  @Mutation(() => GrowthPlanModel, { description: 'The day business starts (YYYY-MM-DD): sets the deadlines and their reminders.' })
  @Authenticated()
  async setGrowthBusinessStart(
    @CurrentActor() actor: Actor,
    @Args('planId', { type: () => ID }) planId: string,
    @Args('date') date: string,
  ) {
    return GrowthPlanModel.from(await this.growth.setBusinessStart(actor, planId, date));
  }

  @Mutation(() => GrowthPlanModel, { description: 'Marks a deadline as done (or not).' })
  @Authenticated()
  async markGrowthDeadline(@CurrentActor() actor: Actor, @Args('input') input: GrowthDeadlineInput) {
    return GrowthPlanModel.from(await this.growth.markDeadlineDone(actor, input.planId, input.kind, input.done));
  }

  @Query(() => [GrowingCompanyModel], { description: 'Staff of economic development: companies on their way to a branch or subsidiary.' })
  @Authenticated()
  async growingCompanies(@CurrentActor() actor: Actor) {
    return (await this.office.list(actor)).map((row) => GrowingCompanyModel.from(row));
  }

  @Mutation(() => Int, {
    description: 'Staff of economic development: an in-app message to the people of a growing company; returns how many were told.',
  })
  @Authenticated()
  async messageGrowingCompany(@CurrentActor() actor: Actor, @Args('input') input: GrowthOfficeMessageInput) {
    return this.office.message(actor, input.companyId, input.text);
  }
}
