import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BackofficeCaseModel } from '../backoffice/index.js';
import type { GraphqlContext } from '../common/graphql-context.js';
import { TradeRegistrationModel } from './models/trade-registration.model.js';
import { TRADE_REGISTRATION_CASE_KIND } from './trade-registration-case-kind.js';
import { exportUrl } from './trade-registration-export.js';
import { TradeRegistrationService } from './trade-registration.service.js';

/** The trade registration behind a back office case (null for other kinds); each read is audited. */
@Resolver(() => BackofficeCaseModel)
export class TradeRegistrationCaseFieldsResolver {
  constructor(private readonly registrations: TradeRegistrationService) {}

  @ResolveField(() => TradeRegistrationModel, {
    nullable: true,
    description: 'Staff of economic development: the trade registration of such a case (each read is audited).',
  })
  async tradeRegistration(@Parent() found: BackofficeCaseModel, @Context() context: GraphqlContext) {
    if (found.kind !== TRADE_REGISTRATION_CASE_KIND || !context.req.user) return null;
    return TradeRegistrationModel.from(await this.registrations.getForStaff(context.req.user, found.subjectId));
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Staff of economic development: where to download a registered trade as the structured message for the receiving bodies (docs/trade-registration-export.md).',
  })
  async tradeRegistrationExportUrl(@Parent() found: BackofficeCaseModel, @Context() context: GraphqlContext) {
    if (found.kind !== TRADE_REGISTRATION_CASE_KIND || !context.req.user) return null;
    return (await this.registrations.isExportableBy(context.req.user, found.subjectId)) ? exportUrl(found.subjectId) : null;
  }
}
