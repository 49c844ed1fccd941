import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentActor } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import { AnswerInfoRequestInput } from './dto/answer-info-request.input.js';
import { CreateResidencyApplicationInput, ResidencyApplicationDetailsInput } from './dto/residency-application.inputs.js';
import { EvidenceService } from './evidence.service.js';
import { ResidencyApplicationModel } from './models/residency-application.model.js';
import { ResidencyModel } from './models/residency.model.js';
import { ResidencyApplicationService } from './residency-application.service.js';
import { ResidencyService } from './residency.service.js';

@Resolver(() => ResidencyApplicationModel)
export class ResidencyResolver {
  constructor(
    private readonly applications: ResidencyApplicationService,
    private readonly evidence: EvidenceService,
    private readonly residencies: ResidencyService,
  ) {}

  @Query(() => [ResidencyApplicationModel], { description: 'The signed-in person’s residency applications, newest first.' })
  @Authenticated()
  async myResidencyApplications(@CurrentActor() actor: Actor) {
    return (await this.applications.listMine(actor)).map(ResidencyApplicationModel.from);
  }

  @Query(() => ResidencyApplicationModel)
  @Authenticated()
  async myResidencyApplication(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return ResidencyApplicationModel.from(await this.applications.getMine(actor, id));
  }

  @Query(() => ResidencyModel, { nullable: true, description: 'The signed-in person’s active virtual residency.' })
  @Authenticated()
  async myResidency(@CurrentActor() actor: Actor) {
    const residency = await this.residencies.mine(actor);
    return residency ? ResidencyModel.from(residency) : null;
  }

  @Mutation(() => ResidencyApplicationModel, {
    description: 'Starts an application as a draft; evidence is uploaded next, then it is submitted.',
  })
  @Authenticated()
  async createResidencyApplication(@CurrentActor() actor: Actor, @Args('input') input: CreateResidencyApplicationInput) {
    return ResidencyApplicationModel.from(await this.applications.create(actor, input));
  }

  @Mutation(() => ResidencyApplicationModel, { description: 'Changes a draft, or an application the office asked about.' })
  @Authenticated()
  async updateResidencyApplication(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ResidencyApplicationDetailsInput,
  ) {
    return ResidencyApplicationModel.from(await this.applications.update(actor, id, input));
  }

  @Mutation(() => Boolean, { description: 'Deletes a draft and its documents.' })
  @Authenticated()
  async discardResidencyApplication(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    await this.applications.discard(actor, id);
    return true;
  }

  @Mutation(() => ResidencyApplicationModel, {
    description: 'Submits a draft: clear cases are approved at once, the others go to the citizens’ office.',
  })
  @Authenticated()
  async submitResidencyApplication(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return ResidencyApplicationModel.from(await this.applications.submit(actor, id));
  }

  @Mutation(() => ResidencyApplicationModel, { description: 'Answers the office’s request for more information.' })
  @Authenticated()
  async answerResidencyInfoRequest(@CurrentActor() actor: Actor, @Args('input') input: AnswerInfoRequestInput) {
    return ResidencyApplicationModel.from(await this.applications.answer(actor, input.applicationId, input.message));
  }

  @Mutation(() => Boolean, { description: 'Removes an evidence document from a draft.' })
  @Authenticated()
  async removeResidencyEvidence(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    await this.evidence.remove(actor, id);
    return true;
  }
}
