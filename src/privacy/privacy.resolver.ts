import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentActor } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import { AccessLogService } from './access-log.service.js';
import { DeleteMyAccountInput } from './dto/delete-my-account.input.js';
import { DataAccessModel, ProcessingActivityModel, RetentionSummaryModel } from './models/privacy.models.js';
import { PrivacyService } from './privacy.service.js';
import { ProcessingRecords } from './processing-records.js';

@Resolver()
export class PrivacyResolver {
  constructor(
    private readonly privacy: PrivacyService,
    private readonly accessLog: AccessLogService,
    private readonly records: ProcessingRecords,
  ) {}

  @Query(() => [DataAccessModel], {
    description: 'Who looked at my data: staff accesses to the caller’s records, newest first (at most 200).',
  })
  @Authenticated()
  async myDataAccesses(@CurrentActor() actor: Actor) {
    return (await this.accessLog.forOwner(actor)).map(DataAccessModel.from);
  }

  @Query(() => [ProcessingActivityModel], { description: 'The records of processing (Art. 30 GDPR), for staff.' })
  @Authenticated()
  recordsOfProcessing(@CurrentActor() actor: Actor) {
    return this.records.forStaff(actor).map(ProcessingActivityModel.from);
  }

  @Query(() => RetentionSummaryModel, { description: 'What deleting one’s account keeps, and for how long.' })
  @Authenticated()
  retentionSummary(): RetentionSummaryModel {
    return this.records.summary();
  }

  @Mutation(() => Boolean, {
    description: 'Erases the caller’s account (Art. 17 GDPR) after re-authentication; keeps what the law requires.',
  })
  @Authenticated()
  async deleteMyAccount(@CurrentActor() actor: Actor, @Args('input') input: DeleteMyAccountInput) {
    await this.privacy.eraseOwn(actor, input.password);
    return true;
  }
}
