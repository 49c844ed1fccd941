import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BackofficeCaseModel } from '../backoffice/index.js';
import type { GraphqlContext } from '../common/graphql-context.js';
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
    if (found.kind !== RESIDENCY_CASE_KIND || !context.req.user) return null;
    return ResidencyApplicationModel.from(await this.applications.getForStaff(context.req.user, found.subjectId));
  }
}
