import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BackofficeCaseModel } from '../backoffice/index.js';
import { DomainException } from '../common/errors/domain.exception.js';
import type { GraphqlContext } from '../common/graphql-context.js';
import { requestLoader } from '../common/loaders/request-loaders.js';
import { ResidencyApplicationModel } from './models/residency-application.model.js';
import { RESIDENCY_CASE_KIND } from './residency-case-kind.js';
import { ResidencyApplicationService } from './residency-application.service.js';

/** The residency application behind a back office case (null for other kinds); each read is audited. */
@Resolver(() => BackofficeCaseModel)
export class ResidencyCaseFieldsResolver {
  constructor(private readonly applications: ResidencyApplicationService) {}

  @ResolveField(() => ResidencyApplicationModel, {
    nullable: true,
    description: 'Staff of the citizens’ office: the application of a residency case (each read is audited).',
  })
  async residencyApplication(@Parent() found: BackofficeCaseModel, @Context() context: GraphqlContext) {
    const actor = context.req.user;
    if (found.kind !== RESIDENCY_CASE_KIND || !actor) return null;
    // One read (and one audit statement) for every case of the request (the queue).
    const loader = requestLoader(context.req, 'residency.caseApplications', (ids: readonly string[]) =>
      this.applications.getManyForStaff(actor, ids),
    );
    const application = await loader.load(found.subjectId);
    if (!application) throw DomainException.notFound();
    return ResidencyApplicationModel.from(application);
  }
}
