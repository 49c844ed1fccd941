import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../common/graphql-context.js';
import { BackofficeLoaders } from './backoffice-loaders.js';
import { CaseEventModel } from './models/case-event.model.js';
import { CaseParticipantModel } from './models/case-participant.model.js';

@Resolver(() => CaseEventModel)
export class CaseEventFieldsResolver {
  constructor(private readonly loaders: BackofficeLoaders) {}

  @ResolveField(() => CaseParticipantModel, { nullable: true, description: 'Who did it; null for the system.' })
  async actor(@Parent() event: CaseEventModel, @Context() context: GraphqlContext) {
    return event.actorAccountId ? this.loaders.accounts(context.req).load(event.actorAccountId) : null;
  }

  @ResolveField(() => CaseParticipantModel, { nullable: true, description: 'For assignments: to whom.' })
  async assignee(@Parent() event: CaseEventModel, @Context() context: GraphqlContext) {
    return event.assigneeAccountId ? this.loaders.accounts(context.req).load(event.assigneeAccountId) : null;
  }
}
