import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, MoreThan } from 'typeorm';
import type { GraphqlContext } from '../common/graphql-context.js';
import { requestLoader } from '../common/loaders/request-loaders.js';
import { AccountDirectory } from '../identity/index.js';
import { VerifiedIdentities } from '../identity-verification/index.js';
import { RepresentativeRole } from './company-enums.js';
import { CompanyInvitation } from './entities/company-invitation.entity.js';
import { CompanyRegisterExtract } from './entities/company-register-extract.entity.js';
import { CompanyRepresentative } from './entities/company-representative.entity.js';
import { Establishment } from './entities/establishment.entity.js';
import {
  CompanyInvitationModel,
  CompanyModel,
  EstablishmentModel,
  RegisterExtractModel,
  RepresentativeModel,
} from './models/company.models.js';

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/** Relations of companies, batched per request; reached only through a company the caller may read. */
@Resolver(() => CompanyModel)
export class CompanyFieldsResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identities: VerifiedIdentities,
    private readonly accounts: AccountDirectory,
  ) {}

  @ResolveField(() => [RepresentativeModel])
  async representatives(@Parent() company: CompanyModel, @Context() context: GraphqlContext) {
    const loader = requestLoader(context.req, 'companies.representatives', async (ids: readonly string[]) => {
      const rows = await this.dataSource.manager.find(CompanyRepresentative, {
        where: { companyId: In([...ids]) },
        order: { since: 'ASC' },
      });
      const accountIds = [...new Set(rows.map((row) => row.accountId))];
      const [accounts, identities] = await Promise.all([this.accounts.contactsOf(accountIds), this.identities.ofMany(accountIds)]);
      const emails = new Map([...accounts.values()].map((account) => [account.id, account.email]));
      const models = rows.map((row) => ({
        companyId: row.companyId,
        model: Object.assign(new RepresentativeModel(), {
          accountId: row.accountId,
          role: row.role,
          since: row.since,
          email: emails.get(row.accountId) ?? '',
          givenName: identities.get(row.accountId)?.givenName ?? null,
          familyName: identities.get(row.accountId)?.familyName ?? null,
          identityVerified: identities.has(row.accountId),
        }),
      }));
      return new Map([...groupBy(models, (entry) => entry.companyId)].map(([id, entries]) => [id, entries.map((entry) => entry.model)]));
    });
    return (await loader.load(company.id)) ?? [];
  }

  @ResolveField(() => [CompanyInvitationModel], { description: 'Open invitations; shown to owners only (empty for others).' })
  async invitations(@Parent() company: CompanyModel, @Context() context: GraphqlContext) {
    if (company.myRole !== RepresentativeRole.owner) return [];
    const loader = requestLoader(context.req, 'companies.invitations', async (ids: readonly string[]) =>
      groupBy(
        await this.dataSource.manager.find(CompanyInvitation, {
          where: { companyId: In([...ids]), acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
          order: { createdAt: 'ASC' },
        }),
        (row) => row.companyId,
      ),
    );
    return ((await loader.load(company.id)) ?? []).map(CompanyInvitationModel.from);
  }

  @ResolveField(() => [EstablishmentModel])
  async establishments(@Parent() company: CompanyModel, @Context() context: GraphqlContext) {
    const loader = requestLoader(context.req, 'companies.establishments', async (ids: readonly string[]) =>
      groupBy(
        await this.dataSource.manager.find(Establishment, { where: { companyId: In([...ids]) }, order: { createdAt: 'ASC' } }),
        (row) => row.companyId,
      ),
    );
    return ((await loader.load(company.id)) ?? []).map(EstablishmentModel.from);
  }

  @ResolveField(() => RegisterExtractModel, { nullable: true })
  async registerExtract(@Parent() company: CompanyModel, @Context() context: GraphqlContext) {
    const loader = requestLoader(context.req, 'companies.registerExtract', async (ids: readonly string[]) => {
      const rows = await this.dataSource.manager.findBy(CompanyRegisterExtract, { companyId: In([...ids]) });
      return new Map(rows.map((row) => [row.companyId, row]));
    });
    const row = await loader.load(company.id);
    return row ? RegisterExtractModel.from(row) : null;
  }
}
