import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentActor } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import { STAFF_ROLES } from '../common/auth/role.js';
import { PageInput, toConnection } from '../common/pagination/connection.js';
import { CaseWorkService } from './case-work.service.js';
import { BackofficeCaseFilter, DecideBackofficeCaseInput } from './dto/backoffice-case.inputs.js';
import { BackofficeCaseConnection, BackofficeCaseModel } from './models/backoffice-case.model.js';
import { CaseParticipantModel } from './models/case-participant.model.js';

@Resolver(() => BackofficeCaseModel)
export class BackofficeCaseResolver {
  constructor(private readonly cases: CaseWorkService) {}

  @Query(() => BackofficeCaseConnection, { description: 'Staff: the case queue, oldest first, of the kinds the caller may decide.' })
  @Authenticated(...STAFF_ROLES)
  async backofficeCases(
    @CurrentActor() actor: Actor,
    @Args('filter', { nullable: true }) filter?: BackofficeCaseFilter,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    const { first, after } = page ?? new PageInput();
    const { rows, hasNextPage } = await this.cases.list(actor, filter ?? new BackofficeCaseFilter(), first, after);
    return toConnection(rows.map(BackofficeCaseModel.from), hasNextPage);
  }

  @Query(() => BackofficeCaseModel, { description: 'Staff: one case with its timeline.' })
  @Authenticated(...STAFF_ROLES)
  async backofficeCase(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return BackofficeCaseModel.from(await this.cases.get(actor, id));
  }

  @Query(() => [CaseParticipantModel], { description: 'Staff: who may be assigned cases of this kind.' })
  @Authenticated(...STAFF_ROLES)
  backofficeAssignees(@CurrentActor() actor: Actor, @Args('kind') kind: string) {
    return this.cases.assignees(actor, kind);
  }

  @Mutation(() => BackofficeCaseModel, { description: 'Staff: take an unassigned case.' })
  @Authenticated(...STAFF_ROLES)
  async claimBackofficeCase(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return BackofficeCaseModel.from(await this.cases.claim(actor, id));
  }

  @Mutation(() => BackofficeCaseModel, { description: 'Staff: give the case to a colleague, or back to the queue (assigneeId null).' })
  @Authenticated(...STAFF_ROLES)
  async assignBackofficeCase(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('assigneeId', { type: () => ID, nullable: true }) assigneeId: string | null,
  ) {
    return BackofficeCaseModel.from(await this.cases.assign(actor, id, assigneeId ?? null));
  }

  @Mutation(() => BackofficeCaseModel, { description: 'Staff: approve, reject with a reason, or request more information.' })
  @Authenticated(...STAFF_ROLES)
  async decideBackofficeCase(@CurrentActor() actor: Actor, @Args('input') input: DecideBackofficeCaseInput) {
    return BackofficeCaseModel.from(await this.cases.decide(actor, input));
  }
}
