import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Authenticated, CurrentActor } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import { CompanyRepresentative } from './entities/company-representative.entity.js';
import { CompaniesService } from './companies.service.js';
import { legalFormsOf } from './company-rules.js';
import { CreateCompanyInput, CreateEstablishmentInput, InviteRepresentativeInput, UpdateCompanyInput } from './dto/company.inputs.js';
import { EstablishmentsService } from './establishments.service.js';
import { CompanyInvitationModel, CompanyInvitationPreviewModel, CompanyModel, EstablishmentModel } from './models/company.models.js';
import { RepresentativesService, invitationStatus } from './representatives.service.js';
import type { Company } from './entities/company.entity.js';

/** Companies, their representatives and establishments. Access is decided in the services. */
@Resolver(() => CompanyModel)
export class CompaniesResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly companies: CompaniesService,
    private readonly representatives: RepresentativesService,
    private readonly establishments: EstablishmentsService,
  ) {}

  @Query(() => [String], { description: 'The common legal forms of a country of registration (free text is allowed too).' })
  @Authenticated()
  companyLegalForms(@Args('countryCode') countryCode: string): readonly string[] {
    return legalFormsOf(countryCode.slice(0, 2));
  }

  @Query(() => [CompanyModel], { description: 'The companies the caller acts for.' })
  @Authenticated()
  async myCompanies(@CurrentActor() actor: Actor) {
    const rows = await this.companies.mine(actor);
    const roles = await this.dataSource.manager.findBy(CompanyRepresentative, { accountId: actor.accountId });
    return rows.map((row) => CompanyModel.from(row, actor.language, roles.find((role) => role.companyId === row.id)?.role ?? null));
  }

  @Query(() => CompanyModel, { description: 'A company the caller acts for, or (staff of economic development) any company.' })
  @Authenticated()
  async company(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    // The role comes with the access check: no second look at the caller's membership.
    const { company, role } = await this.companies.companyWithRole(actor, id);
    return CompanyModel.from(company, actor.language, role);
  }

  @Query(() => CompanyInvitationPreviewModel, { description: 'What an invitation link offers.' })
  @Authenticated()
  async companyInvitation(@Args('token') token: string) {
    const { invitation, company } = await this.representatives.preview(token);
    return Object.assign(new CompanyInvitationPreviewModel(), {
      companyName: company.legalName,
      role: invitation.role,
      status: invitationStatus(invitation),
      expiresAt: invitation.expiresAt,
    });
  }

  @Mutation(() => CompanyModel, {
    description:
      'Needs a verified identity (substantial or high); the caller becomes owner and gets the company_rep role (refresh the session).',
  })
  @Authenticated()
  async createCompany(@CurrentActor() actor: Actor, @Args('input') input: CreateCompanyInput) {
    return this.toModel(actor, await this.companies.create(actor, input));
  }

  @Mutation(() => CompanyModel, { description: 'Owners and managing directors.' })
  @Authenticated()
  async updateCompany(@CurrentActor() actor: Actor, @Args('input') input: UpdateCompanyInput) {
    return this.toModel(actor, await this.companies.update(actor, input));
  }

  @Mutation(() => CompanyInvitationModel, { description: 'Owners: invites a person by e-mail to act for the company.' })
  @Authenticated()
  async inviteRepresentative(@CurrentActor() actor: Actor, @Args('input') input: InviteRepresentativeInput) {
    return CompanyInvitationModel.from(await this.representatives.invite(actor, input));
  }

  @Mutation(() => CompanyInvitationModel, { description: 'Owners: withdraws an open invitation.' })
  @Authenticated()
  async revokeCompanyInvitation(@CurrentActor() actor: Actor, @Args('invitationId', { type: () => ID }) invitationId: string) {
    return CompanyInvitationModel.from(await this.representatives.revoke(actor, invitationId));
  }

  @Mutation(() => CompanyModel, {
    description: 'The signed-in account becomes a representative (refresh the session for the company_rep role).',
  })
  @Authenticated()
  async acceptCompanyInvitation(@CurrentActor() actor: Actor, @Args('token') token: string) {
    return this.toModel(actor, await this.representatives.accept(actor, token));
  }

  @Mutation(() => CompanyModel, { description: 'Owners: removes a representative (never the last owner).' })
  @Authenticated()
  async removeCompanyRepresentative(
    @CurrentActor() actor: Actor,
    @Args('companyId', { type: () => ID }) companyId: string,
    @Args('accountId', { type: () => ID }) accountId: string,
  ) {
    await this.representatives.remove(actor, companyId, accountId);
    return this.toModel(actor, await this.companies.company(actor, companyId));
  }

  @Mutation(() => EstablishmentModel, {
    description: 'Creates the representative office and allocates its business address at the chosen service point.',
  })
  @Authenticated()
  async createEstablishment(@CurrentActor() actor: Actor, @Args('input') input: CreateEstablishmentInput) {
    return EstablishmentModel.from(await this.establishments.createRepresentativeOffice(actor, input));
  }

  private async toModel(actor: Actor, company: Company): Promise<CompanyModel> {
    const membership = await this.dataSource.manager.findOneBy(CompanyRepresentative, {
      companyId: company.id,
      accountId: actor.accountId,
    });
    return CompanyModel.from(company, actor.language, membership?.role ?? null);
  }
}
