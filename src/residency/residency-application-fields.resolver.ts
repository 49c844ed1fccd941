import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { GraphqlContext } from '../common/graphql-context.js';
import { requestLoader } from '../common/loaders/request-loaders.js';
import { ApplicationMessage } from './entities/application-message.entity.js';
import { EvidenceService } from './evidence.service.js';
import { ApplicationMessageModel } from './models/application-message.model.js';
import { EvidenceDocumentModel } from './models/evidence-document.model.js';
import { ResidencyApplicationModel } from './models/residency-application.model.js';

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/** Documents and messages of applications, batched per request; reached only through an application the caller may see. */
@Resolver(() => ResidencyApplicationModel)
export class ResidencyApplicationFieldsResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: EvidenceService,
  ) {}

  @ResolveField(() => [EvidenceDocumentModel])
  async evidence(@Parent() application: ResidencyApplicationModel, @Context() context: GraphqlContext) {
    const loader = requestLoader(context.req, 'residency.evidence', async (ids: readonly string[]) =>
      groupBy(await this.documents.listFor(ids), (row) => row.applicationId),
    );
    return ((await loader.load(application.id)) ?? []).map(EvidenceDocumentModel.from);
  }

  @ResolveField(() => [ApplicationMessageModel], { description: 'Questions from the office and the answers, oldest first.' })
  async messages(@Parent() application: ResidencyApplicationModel, @Context() context: GraphqlContext) {
    const loader = requestLoader(context.req, 'residency.messages', async (ids: readonly string[]) =>
      groupBy(
        await this.dataSource.manager.find(ApplicationMessage, { where: { applicationId: In([...ids]) }, order: { createdAt: 'ASC' } }),
        (row) => row.applicationId,
      ),
    );
    return ((await loader.load(application.id)) ?? []).map(ApplicationMessageModel.from);
  }
}
