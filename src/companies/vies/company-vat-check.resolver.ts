import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators.js';
import type { Actor } from '../../common/auth/actor.js';
import type { GraphqlContext } from '../../common/graphql-context.js';
import { requestLoader } from '../../common/loaders/request-loaders.js';
import { taxIdFormatOf } from '../company-rules.js';
import { CompanyModel } from '../models/company.models.js';
import { CompanyVatCheckModel, TaxIdFormatModel } from './company-vat-check.models.js';
import { CompanyVatChecks } from './company-vat-checks.service.js';

/** The VIES check of a company's VAT id and the tax id format per country. */
@Resolver(() => CompanyModel)
export class CompanyVatCheckResolver {
  constructor(private readonly vatChecks: CompanyVatChecks) {}

  @Query(() => TaxIdFormatModel, { description: 'Which tax id a company registered in the country gives (EU: VAT id, checked with VIES).' })
  @Authenticated()
  companyTaxIdFormat(@Args('countryCode') countryCode: string): TaxIdFormatModel {
    return TaxIdFormatModel.from(taxIdFormatOf(countryCode.slice(0, 2)));
  }

  @ResolveField(() => CompanyVatCheckModel, { nullable: true, description: 'The VIES check of the VAT id (EU and Northern Ireland only).' })
  async vatCheck(@Parent() company: CompanyModel, @Context() context: GraphqlContext) {
    const loader = requestLoader(context.req, 'companies.vatCheck', (ids: readonly string[]) => this.vatChecks.ofCompanies(ids));
    const row = await loader.load(company.id);
    return row ? CompanyVatCheckModel.from(row, this.vatChecks.secondsUntilRecheck(row)) : null;
  }

  @Mutation(() => CompanyVatCheckModel, {
    description: 'Asks VIES again for a pending or invalid check: representatives and staff of economic development.',
  })
  @Authenticated()
  async recheckCompanyVat(@CurrentActor() actor: Actor, @Args('companyId', { type: () => ID }) companyId: string) {
    const row = await this.vatChecks.recheck(actor, companyId);
    return CompanyVatCheckModel.from(row, this.vatChecks.secondsUntilRecheck(row));
  }
}
