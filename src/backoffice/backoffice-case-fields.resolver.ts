import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../common/graphql-context.js';
import { BackofficeLoaders } from './backoffice-loaders.js';
import { CaseWorkService } from './case-work.service.js';
import { BackofficeCaseModel } from './models/backoffice-case.model.js';
import { CaseEventModel } from './models/case-event.model.js';
import { CaseFacetModel } from './models/case-facet.model.js';
import { CaseParticipantModel } from './models/case-participant.model.js';

/** Relations of cases, batched per request; reachable only through a case the caller was allowed to see. */
@Resolver(() => BackofficeCaseModel)
export class BackofficeCaseFieldsResolver {
  constructor(
    private readonly loaders: BackofficeLoaders,
    private readonly cases: CaseWorkService,
  ) {}

  @ResolveField(() => CaseParticipantModel)
  async applicant(@Parent() found: BackofficeCaseModel, @Context() context: GraphqlContext) {
    return this.loaders.accounts(context.req).load(found.applicantAccountId);
  }

  @ResolveField(() => CaseParticipantModel, { nullable: true })
  async assignee(@Parent() found: BackofficeCaseModel, @Context() context: GraphqlContext) {
    return found.assigneeAccountId ? this.loaders.accounts(context.req).load(found.assigneeAccountId) : null;
  }

  @ResolveField(() => [CaseFacetModel])
  async facets(@Parent() found: BackofficeCaseModel, @Context() context: GraphqlContext): Promise<CaseFacetModel[]> {
    const facets = await this.loaders.facets(context.req, found.kind).load(found.subjectId);
    return Object.entries(facets ?? {}).map(([name, value]) => ({ name, value }));
  }

  @ResolveField(() => [String], { description: 'Reason codes staff choose from when rejecting.' })
  rejectionReasons(@Parent() found: BackofficeCaseModel): readonly string[] {
    return this.cases.rejectionReasons(found.kind);
  }

  @ResolveField(() => [CaseEventModel], { description: 'Every event of the case, oldest first.' })
  async timeline(@Parent() found: BackofficeCaseModel): Promise<CaseEventModel[]> {
    return (await this.cases.timeline(found.id)).map(CaseEventModel.from);
  }
}
