import { Args, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators.js';
import type { Actor } from '../../common/auth/actor.js';
import { Role, STAFF_ROLES } from '../../common/auth/role.js';
import { CaseKindRegistry } from '../case-kind-registry.js';
import { OfficeStatisticsService } from './office-statistics.service.js';
import { StatisticsFilter } from './statistics.inputs.js';
import { StatisticTableModel } from './statistics.models.js';

@Resolver()
export class OfficeStatisticsResolver {
  constructor(
    private readonly statistics: OfficeStatisticsService,
    private readonly kinds: CaseKindRegistry,
  ) {}

  @Query(() => [StatisticTableModel], { description: 'Staff: the figures of the offices the caller works in, for a period and district.' })
  @Authenticated(...STAFF_ROLES, Role.staff_communication)
  backofficeStatistics(@CurrentActor() actor: Actor, @Args('filter') filter: StatisticsFilter) {
    return this.statistics.tables(actor, filter);
  }

  @Query(() => [String], { description: 'Staff: the case kinds the caller may see in the queue.' })
  @Authenticated(...STAFF_ROLES)
  backofficeCaseKinds(@CurrentActor() actor: Actor) {
    return this.kinds.kindsFor(actor);
  }
}
