import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AuditService } from '../common/audit/audit.service.js';
import type { Actor } from '../common/auth/actor.js';
import { Role } from '../common/auth/role.js';
import { DomainException, type FieldError } from '../common/errors/domain.exception.js';
import { isUuid } from '../common/ids/is-uuid.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { AccountDirectory } from '../identity/index.js';
import { VerifiedIdentities } from '../identity-verification/index.js';
import { CompaniesException, companyField } from './companies.exception.js';
import { CompanyAccess } from './company-access.service.js';
import { RepresentativeRole } from './company-enums.js';
import { isCountryCode, normaliseVatId, normaliseWebsite, vatIdProblems } from './company-rules.js';
import type { CompanyDetailsInput, CreateCompanyInput, UpdateCompanyInput } from './dto/company.inputs.js';
import { CompanyRepresentative } from './entities/company-representative.entity.js';
import { Company } from './entities/company.entity.js';
import { OnboardingJourney } from './entities/onboarding-journey.entity.js';
import { CompanyTransaction } from './company-transaction.js';
import { CompanyVatChecks } from './vies/company-vat-checks.service.js';

type CompanyFields = Pick<
  Company,
  | 'legalName'
  | 'legalForm'
  | 'countryCode'
  | 'registerName'
  | 'registerNumber'
  | 'vatId'
  | 'headOfficeStreet'
  | 'headOfficePostcode'
  | 'headOfficeCity'
  | 'headOfficeCountryCode'
  | 'website'
  | 'mainActivity'
>;

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/** Checks the details beyond presence and length; every problem is reported at once. */
export function companyFieldsOf(input: CompanyDetailsInput): CompanyFields {
  const problems: FieldError[] = [];
  const countryCode = input.countryCode.toUpperCase();
  const headOfficeCountryCode = input.headOffice.countryCode.toUpperCase();
  if (!isCountryCode(countryCode)) problems.push(companyField('countryCode', 'isISO31661Alpha2', 'companies.country_unknown'));
  if (!isCountryCode(headOfficeCountryCode))
    problems.push(companyField('headOffice.countryCode', 'isISO31661Alpha2', 'companies.country_unknown'));
  if (CONTROL_CHARACTERS.test(input.legalForm)) problems.push(companyField('legalForm', 'format', 'companies.legal_form_invalid'));
  for (const [field, value] of [
    ['legalName', input.legalName],
    ['mainActivity', input.mainActivity],
  ] as const) {
    if (CONTROL_CHARACTERS.test(value)) problems.push(companyField(field, 'format', 'validation.invalid'));
  }
  const vatId = input.vatId ? normaliseVatId(input.vatId) : null;
  if (vatId && isCountryCode(countryCode)) problems.push(...vatIdProblems(vatId, countryCode));
  const website = input.website ? normaliseWebsite(input.website) : null;
  if (input.website && !website) problems.push(companyField('website', 'isUrl', 'companies.website_invalid'));
  if (problems.length) throw CompaniesException.invalid(problems);
  return {
    legalName: input.legalName,
    legalForm: input.legalForm,
    countryCode,
    registerName: input.registerName ?? null,
    registerNumber: input.registerNumber ?? null,
    vatId,
    headOfficeStreet: input.headOffice.street,
    headOfficePostcode: input.headOffice.postcode,
    headOfficeCity: input.headOffice.city,
    headOfficeCountryCode,
    website,
    mainActivity: input.mainActivity,
  };
}

const EDITORS: readonly RepresentativeRole[] = [RepresentativeRole.owner, RepresentativeRole.managing_director];

/** Companies and their profile. Creating one needs a verified identity of at least `substantial`. */
@Injectable()
export class CompaniesService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CompanyAccess,
    private readonly identities: VerifiedIdentities,
    private readonly audit: AuditService,
    private readonly accounts: AccountDirectory,
    private readonly vatChecks: CompanyVatChecks,
    private readonly companyTransaction: CompanyTransaction,
  ) {}

  async create(actor: Actor, input: CreateCompanyInput): Promise<Company> {
    const fields = companyFieldsOf(input);
    await this.identities.requireAssurance(actor, this.identities.requiredFor('company_creation'));
    // VIES is asked before the transaction: no transaction waits for an outside service.
    const vat = await this.vatChecks.ask(fields.vatId, fields.countryCode);
    return this.dataSource.transaction(async (manager) => {
      await this.identities.requireAssurance(actor, this.identities.requiredFor('company_creation'), manager);
      const company = await manager.save(manager.create(Company, { ...fields, createdByAccountId: actor.accountId }));
      await this.vatChecks.record(manager, company.id, fields.vatId, vat);
      await manager.save(
        manager.create(CompanyRepresentative, { companyId: company.id, accountId: actor.accountId, role: RepresentativeRole.owner }),
      );
      await this.grantCompanyRepRole(manager, actor.accountId);
      const preCompanySeconds =
        input.preCompanySeconds == null ? null : Math.min(input.preCompanySeconds, this.config.companies.preCompanyMaxSeconds);
      await manager.save(
        manager.create(OnboardingJourney, {
          companyId: company.id,
          accountId: actor.accountId,
          preCompanySeconds,
          lastActivityAt: new Date(),
        }),
      );
      await this.audit.record(
        {
          action: 'company.created',
          actorAccountId: actor.accountId,
          subjectType: 'company',
          subjectId: company.id,
          details: { countryCode: company.countryCode },
        },
        manager,
      );
      return company;
    });
  }

  async update(actor: Actor, input: UpdateCompanyInput): Promise<Company> {
    // Editors only, before VIES is asked on their behalf (and again under the lock below).
    if (!EDITORS.includes(await this.access.representativeRole(actor, input.companyId))) throw CompaniesException.ownerRequired();
    const fields = companyFieldsOf(input);
    const before = await this.dataSource.manager.findOneByOrFail(Company, { id: input.companyId });
    const vat = before.vatId === fields.vatId ? null : await this.vatChecks.ask(fields.vatId, fields.countryCode);
    return this.companyTransaction.run(input.companyId, async (manager, company) => {
      const role = await this.access.representativeRole(actor, input.companyId, manager);
      if (!EDITORS.includes(role)) throw CompaniesException.ownerRequired();
      await manager.update(Company, { id: input.companyId }, fields);
      if (company.vatId !== fields.vatId) {
        // Changed by someone else since it was read: this VAT id has not been asked about yet.
        if (before.vatId !== company.vatId) throw CompaniesException.vatChanged();
        await this.vatChecks.record(manager, input.companyId, fields.vatId, vat);
      }
      await this.audit.record(
        { action: 'company.updated', actorAccountId: actor.accountId, subjectType: 'company', subjectId: input.companyId },
        manager,
      );
      return manager.findOneByOrFail(Company, { id: input.companyId });
    });
  }

  /** One company for a representative, or for staff of economic development (audited). */
  async company(actor: Actor, companyId: string): Promise<Company> {
    return (await this.companyWithRole(actor, companyId)).company;
  }

  /**
   * The company and the caller's role in it (null for staff; their read is audited). The access check
   * and the company's row are read side by side; the row is dropped when the check refuses.
   */
  async companyWithRole(actor: Actor, companyId: string): Promise<{ company: Company; role: RepresentativeRole | null }> {
    const [reader, company] = await Promise.all([
      this.access.readerRole(actor, companyId),
      isUuid(companyId) ? this.dataSource.manager.findOneBy(Company, { id: companyId }) : null,
    ]);
    if (!company) throw DomainException.notFound();
    if (reader.as === 'staff') {
      await this.audit.record({
        action: 'company.viewed_by_staff',
        actorAccountId: actor.accountId,
        subjectType: 'company',
        subjectId: companyId,
      });
    }
    return { company, role: reader.role };
  }

  async mine(actor: Actor): Promise<Company[]> {
    const ids = await this.access.companyIdsOf(actor.accountId);
    if (ids.length === 0) return [];
    return this.dataSource.manager.find(Company, { where: { id: In(ids) }, order: { createdAt: 'ASC' } });
  }

  async grantCompanyRepRole(manager: EntityManager, accountId: string): Promise<void> {
    await this.accounts.grantRole(accountId, Role.company_rep, manager);
  }
}
