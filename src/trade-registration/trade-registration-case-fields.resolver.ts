import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BackofficeCaseModel } from '../backoffice/index.js';
import { DomainException } from '../common/errors/domain.exception.js';
import type { GraphqlContext } from '../common/graphql-context.js';
import { requestLoader } from '../common/loaders/request-loaders.js';
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
    const actor = context.req.user;
    if (found.kind !== TRADE_REGISTRATION_CASE_KIND || !actor) return null;
    // One read (and one audit statement) for every case of the request (the queue).
    const loader = requestLoader(context.req, 'tradeRegistration.caseRegistrations', (ids: readonly string[]) =>
      this.registrations.getManyForStaff(actor, ids),
    );
    const view = await loader.load(found.subjectId);
    if (!view) throw DomainException.notFound();
    return TradeRegistrationModel.from(view);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Staff of economic development: where to download a registered trade as the structured message for the receiving bodies (docs/trade-registration-export.md).',
  })
  async tradeRegistrationExportUrl(@Parent() found: BackofficeCaseModel, @Context() context: GraphqlContext) {
    const actor = context.req.user;
    if (found.kind !== TRADE_REGISTRATION_CASE_KIND || !actor) return null;
    const loader = requestLoader(context.req, 'tradeRegistration.caseExportable', async (ids: readonly string[]) => {
      const exportable = await this.registrations.exportableBy(actor, ids);
      return new Map(ids.map((id) => [id, exportable.has(id)]));
    });
    return (await loader.load(found.subjectId)) ? exportUrl(found.subjectId) : null;
  }
}
