import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { formatDate, formatMoney } from '../../common/i18n/formatting.js';
import { Translator } from '../../common/i18n/translator.js';
import { PdfWriter } from '../../common/pdf/pdf-writer.js';
import { isolate } from '../../common/pdf/text-layout.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { VerifiedIdentities } from '../../identity-verification/index.js';
import { AuditService } from '../../common/audit/audit.service.js';
import { CompanyAccess } from '../company-access.service.js';
import { EstablishmentKind } from '../company-enums.js';
import { GrowthPackage } from './growth-enums.js';
import { GrowthService, type GrowthPlanView } from './growth.service.js';

/** Which packages each kind of plan has. */
export const PACKAGES_OF: Record<'branch' | 'subsidiary', readonly GrowthPackage[]> = {
  branch: [GrowthPackage.notary],
  subsidiary: [GrowthPackage.notary, GrowthPackage.transparency_register, GrowthPackage.tax_questionnaire],
};

export const packagePath = (planId: string, pkg: GrowthPackage, format: 'pdf' | 'json') =>
  `/api/companies/growth/${planId}/packages/${pkg}.${format}`;

interface Person {
  givenName: string;
  familyName: string;
  birthDate: string;
  placeOfBirth: string | null;
  nationality: string;
  role?: string;
}

/** A prefilled package: what the platform knows, and what the receiver still has to complete or check. */
export interface GrowthPackageData {
  package: GrowthPackage;
  formatVersion: 1;
  generatedAt: string;
  planId: string;
  /** Who decides about it; the platform only prepared it. */
  receiver: string;
  data: Record<string, unknown>;
  /** Fields the platform cannot know; to be completed with the notary, the register or the tax office. */
  toComplete: string[];
}

const RECEIVERS: Record<GrowthPackage, string> = {
  notary: 'notary (Notar/Notarin), for the application to the commercial register (Handelsregister)',
  transparency_register: 'Transparenzregister (Bundesanzeiger Verlag), §20 GwG',
  tax_questionnaire: 'Finanzamt Bochum (Fragebogen zur steuerlichen Erfassung, via ELSTER)',
};

/**
 * The prefilled data for the notary (commercial-register application), the transparency register
 * and the tax registration questionnaire, as structured data (JSON) and as a PDF in German (the
 * language of the receivers). Everything comes from the platform's verified records.
 */
@Injectable()
export class GrowthPackages {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly growth: GrowthService,
    private readonly identities: VerifiedIdentities,
    private readonly access: CompanyAccess,
    private readonly translator: Translator,
    private readonly audit: AuditService,
  ) {}

  async data(actor: Actor, planId: string, pkg: string): Promise<GrowthPackageData> {
    const view = await this.growth.plan(actor, planId);
    const kind = view.plan.kind === EstablishmentKind.branch ? 'branch' : 'subsidiary';
    if (!PACKAGES_OF[kind].includes(pkg as GrowthPackage)) throw DomainException.notFound();
    if ((await this.access.requireReader(actor, view.plan.companyId)) === 'staff') {
      await this.audit.record({
        action: 'company.growth_package_viewed_by_staff',
        actorAccountId: actor.accountId,
        subjectType: 'company',
        subjectId: view.plan.companyId,
        details: { planId, package: pkg },
      });
    }
    return this.build(view, pkg as GrowthPackage);
  }

  async pdf(actor: Actor, planId: string, pkg: string): Promise<Buffer> {
    return this.render(await this.data(actor, planId, pkg));
  }

  private async persons(accountIds: string[], roles: Map<string, string> = new Map()): Promise<Person[]> {
    const identities = await this.identities.ofMany(accountIds);
    return accountIds.flatMap((accountId) => {
      const identity = identities.get(accountId);
      if (!identity) return [];
      const { givenName, familyName, birthDate, placeOfBirth, nationality } = identity;
      return [
        { givenName, familyName, birthDate, placeOfBirth, nationality, ...(roles.has(accountId) ? { role: roles.get(accountId) } : {}) },
      ];
    });
  }

  private async build(view: GrowthPlanView, pkg: GrowthPackage): Promise<GrowthPackageData> {
    const { plan, company, establishment } = view;
    const parent = {
      legalName: company.legalName,
      legalForm: company.legalForm,
      countryOfRegistration: company.countryCode,
      register: company.registerName,
      registerNumber: company.registerNumber,
      vatId: company.vatId,
      headOffice: {
        street: company.headOfficeStreet,
        postcode: company.headOfficePostcode,
        city: company.headOfficeCity,
        countryCode: company.headOfficeCountryCode,
      },
      objectOfBusiness: company.mainActivity,
    };
    const base = {
      package: pkg,
      formatVersion: 1 as const,
      generatedAt: new Date().toISOString(),
      planId: plan.id,
      receiver: RECEIVERS[pkg],
    };
    const signing = view.notarisation.map((check) => check.accountId);
    const onlineProcedure = view.notarisation.map(({ accountId, eligible, reason }) => ({ accountId, eligible, reason }));
    if (plan.kind === EstablishmentKind.branch) {
      return {
        ...base,
        data: {
          application: 'Anmeldung einer Zweigniederlassung eines Unternehmens mit Sitz im Ausland (§§ 13d, 13e, 13f/13g HGB)',
          parent,
          branch: {
            name: `${company.legalName} Zweigniederlassung ${this.config.cityName}`,
            addressLines: establishment.businessAddressLines ?? [],
            objectOfBusiness: company.mainActivity,
          },
          legalRepresentativesAndPermanentRepresentatives: await this.persons(signing),
          documents: view.documents.map(({ item, fileName, mediaType, sha256, uploadedAt }) => ({
            item,
            fileName,
            mediaType,
            sha256,
            uploadedAt: uploadedAt.toISOString(),
          })),
          onlineProcedure,
        },
        toComplete: ['powersOfRepresentation', 'residentialAddressesOfRepresentatives', 'capitalOfParent'],
      };
    }
    const subsidiary = plan.subsidiary!;
    const directors = await this.persons(
      subsidiary.managingDirectorAccountIds,
      new Map(subsidiary.managingDirectorAccountIds.map((id) => [id, 'Geschäftsführer/in'])),
    );
    const newCompany = {
      name: subsidiary.name,
      legalForm: subsidiary.legalForm === 'gmbh' ? 'GmbH' : 'UG (haftungsbeschränkt)',
      seat: this.config.cityName,
      businessAddressLines: establishment.businessAddressLines ?? [],
      objectOfBusiness: company.mainActivity,
      shareCapitalCents: subsidiary.shareCapitalCents,
      registerCourt: plan.registerCourt,
      registerNumber: plan.registerNumber,
    };
    const shareholders = subsidiary.shareholders.map((shareholder) => ({
      ...shareholder,
      percent: Math.round((shareholder.nominalCents / subsidiary.shareCapitalCents) * 10000) / 100,
      ...(shareholder.isParentCompany ? { company: parent } : {}),
    }));
    switch (pkg) {
      case GrowthPackage.notary:
        return {
          ...base,
          data: {
            application: 'Gründung einer GmbH/UG und Anmeldung zum Handelsregister (§§ 2, 7, 8 GmbHG)',
            company: newCompany,
            articles: subsidiary.articles,
            shareholders,
            managingDirectors: directors,
            onlineProcedure,
          },
          toComplete: ['residentialAddressesOfDirectors', 'paymentOfContributions', 'powerOfAttorneyForParent'],
        };
      case GrowthPackage.transparency_register:
        return {
          ...base,
          data: {
            company: newCompany,
            shareholders,
            fictitiousBeneficialOwners: directors,
            note: 'Without a natural person holding more than 25 % directly or through the parent company, the managing directors are entered as fictitious beneficial owners (§3 (2) sentence 5 GwG). Natural persons controlling the parent company must be entered instead.',
          },
          toComplete: ['beneficialOwnersOfParent', 'natureAndExtentOfInterest'],
        };
      case GrowthPackage.tax_questionnaire:
        return {
          ...base,
          data: {
            form: 'Fragebogen zur steuerlichen Erfassung – Gründung einer Kapitalgesellschaft',
            company: newCompany,
            businessStartDate: plan.businessStartDate,
            shareholders,
            managingDirectors: directors,
            parentVatId: company.vatId,
          },
          toComplete: ['bankAccount', 'expectedTurnover', 'expectedProfit', 'taxAdvisor', 'vatRegime'],
        };
    }
  }

  private async render(data: GrowthPackageData): Promise<Buffer> {
    const t = (key: string, params: Record<string, unknown> = {}) =>
      this.translator.t('de', `companies:growth.pdf.${key}`, { city: this.config.cityName, ...params });
    const pdf = PdfWriter.create({ language: 'de', size: 'A4', margin: 56, title: t(`title_${data.package}`), author: t('author') });
    pdf.flow(t(`title_${data.package}`), { size: 16, weight: 'bold', color: '#0b4f8a', spaceAfter: 4 });
    pdf.flow(t('notice', { receiver: data.receiver }), { size: 9, color: '#555555', spaceAfter: 10 });
    const row = (label: string, value: string) => {
      pdf.flow(label, { size: 9, weight: 'bold' });
      pdf.flow(value || '—', { size: 10, spaceAfter: 6 });
    };
    const lines = (value: unknown, indent = ''): string[] => {
      if (value === null || value === undefined || value === '') return [`${indent}—`];
      if (Array.isArray(value))
        return value.length ? value.flatMap((entry, index) => [`${indent}${index + 1}.`, ...lines(entry, `${indent}   `)]) : [`${indent}—`];
      if (typeof value === 'object')
        return Object.entries(value as Record<string, unknown>).flatMap(([key, entry]) =>
          typeof entry === 'object' && entry !== null
            ? [`${indent}${label(key)}:`, ...lines(entry, `${indent}   `)]
            : [`${indent}${label(key)}: ${scalar(key, entry)}`],
        );
      return [`${indent}${String(value)}`];
    };
    const label = (key: string) => t(`fields.${key}`, { defaultValue: key });
    const scalar = (key: string, value: unknown): string => {
      if (value === null || value === undefined || value === '') return '—';
      if (typeof value === 'number' && /Cents$/.test(key)) return formatMoney(value, 'de');
      if (typeof value === 'boolean') return value ? t('yes') : t('no');
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) && /Date|At$/.test(key)) return formatDate(value, 'de');
      return isolate(String(value));
    };
    for (const [key, value] of Object.entries(data.data)) row(label(key), lines(value).join('\n'));
    row(t('toComplete'), data.toComplete.map((key) => `• ${label(key)}`).join('\n'));
    pdf.moveDown(8);
    pdf.flow(t('footer', { date: formatDate(data.generatedAt, 'de') }), { size: 8, color: '#555555' });
    return pdf.end();
  }
}
