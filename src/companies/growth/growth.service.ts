import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, Not, type EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service.js';
import type { Actor } from '../../common/auth/actor.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { detectDocumentType } from '../../common/files/document-content-type.js';
import { uploadFileName } from '../../common/files/upload-file-name.js';
import { isUuid } from '../../common/ids/is-uuid.js';
import { berlinToday } from '../../common/time/berlin-date.js';
import { VerifiedIdentities } from '../../identity-verification/index.js';
import { CompaniesException } from '../companies.exception.js';
import { CompanyAccess } from '../company-access.service.js';
import { CompanyDocumentStorage } from '../company-document-storage.js';
import { EstablishmentKind, EstablishmentStatus, RepresentativeRole } from '../company-enums.js';
import { CompanyTransaction } from '../company-transaction.js';
import { CompanyRepresentative } from '../entities/company-representative.entity.js';
import { Company } from '../entities/company.entity.js';
import { Establishment } from '../entities/establishment.entity.js';
import { RegisterExtractService } from '../register-extract.service.js';
import { GrowthDocument } from './entities/growth-document.entity.js';
import { GrowthPlan, type SubsidiaryPlan } from './entities/growth-plan.entity.js';
import { BRANCH_CHECKLIST, BranchChecklistItem, GrowthDeadlineKind, GrowthStage } from './growth-enums.js';
import { GrowthException } from './growth.exception.js';
import { deadlinesFrom, EU_EEA_COUNTRIES, onlineNotarisation, subsidiaryProblems, type OnlineNotarisationResult } from './growth-rules.js';
import { readAll } from '../../database/read-all.js';

export interface NotarisationCheck extends OnlineNotarisationResult {
  accountId: string;
  givenName: string | null;
  familyName: string | null;
  method: string | null;
  nationality: string | null;
}

export interface GrowthPlanView {
  plan: GrowthPlan;
  company: Company;
  establishment: Establishment;
  documents: GrowthDocument[];
  /** Checklist items the notary needs (branch only). */
  requiredItems: BranchChecklistItem[];
  notarisation: NotarisationCheck[];
  deadlines: { kind: GrowthDeadlineKind; dueOn: string; doneAt: Date | null; remindedAt: Date | null }[];
}

const REGISTER_NUMBER = /^HR[AB] \d{1,7}( [A-Z]{1,3})?$/;
const WRITERS = [RepresentativeRole.owner, RepresentativeRole.managing_director];

/** Branches of a foreign company need an apostille on foreign public documents, except between EU/EEA states (Regulation (EU) 2016/1191) — the notary confirms. */
export function requiredChecklist(companyCountry: string): BranchChecklistItem[] {
  return BRANCH_CHECKLIST.filter((item) => item !== BranchChecklistItem.apostille || !EU_EEA_COUNTRIES.has(companyCountry));
}

/**
 * The way from the representative office to a branch (Zweigniederlassung, §13d HGB) and a subsidiary
 * (GmbH/UG). The platform prepares the data and documents, hands them over and tracks the answer; the
 * notary and the register court decide. Owners and managing directors write; representatives and staff
 * of economic development read.
 */
@Injectable()
export class GrowthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CompanyAccess,
    private readonly companyTransaction: CompanyTransaction,
    private readonly identities: VerifiedIdentities,
    private readonly storage: CompanyDocumentStorage,
    private readonly extracts: RegisterExtractService,
    private readonly audit: AuditService,
  ) {}

  get maxBytes(): number {
    return this.extracts.maxBytes;
  }

  async plans(actor: Actor, companyId: string): Promise<GrowthPlanView[]> {
    await this.access.requireReader(actor, companyId);
    const rows = await this.dataSource.manager.find(GrowthPlan, { where: { companyId }, order: { createdAt: 'ASC' } });
    return Promise.all(rows.map((row) => this.viewOf(this.dataSource.manager, row)));
  }

  async plan(actor: Actor, planId: string): Promise<GrowthPlanView> {
    const found = isUuid(planId) ? await this.dataSource.manager.findOneBy(GrowthPlan, { id: planId }) : null;
    if (!found) throw DomainException.notFound();
    await this.access.requireReader(actor, found.companyId);
    return this.viewOf(this.dataSource.manager, found);
  }

  /** A branch at the address of the representative office, once the office's trade is registered (the office is active). */
  async startBranch(actor: Actor, companyId: string): Promise<GrowthPlanView> {
    return this.create(actor, companyId, EstablishmentKind.branch, null);
  }

  /** Starts the subsidiary with its data, or changes the data while it is prepared. */
  async saveSubsidiary(actor: Actor, companyId: string, data: SubsidiaryPlan): Promise<GrowthPlanView> {
    await this.access.requireRepresentative(actor, companyId);
    const representatives = await this.dataSource.manager.findBy(CompanyRepresentative, { companyId });
    const problems = subsidiaryProblems(data, new Set(representatives.map((row) => row.accountId)));
    if (problems.length) throw CompaniesException.invalid(problems);
    const existing = await this.dataSource.manager.findOneBy(GrowthPlan, { companyId, kind: EstablishmentKind.subsidiary });
    if (!existing) return this.create(actor, companyId, EstablishmentKind.subsidiary, data);
    return this.change(actor, existing.id, 'company.growth_subsidiary_changed', async (manager, plan) => {
      if (plan.stage !== GrowthStage.preparing) throw GrowthException.wrongStage(plan.stage);
      plan.subsidiary = data;
      await manager.save(plan);
    });
  }

  async uploadDocument(
    actor: Actor,
    planId: string,
    item: BranchChecklistItem,
    file: { content: Buffer; fileName?: string },
  ): Promise<GrowthPlanView> {
    const mediaType = await detectDocumentType(file.content);
    if (!mediaType) throw GrowthException.documentType();
    const storageKey = this.storage.newKey();
    let replacedKey: string | null = null;
    try {
      const view = await this.change(actor, planId, 'company.growth_document_uploaded', async (manager, plan) => {
        if (plan.kind !== EstablishmentKind.branch) throw GrowthException.wrongKind();
        if (plan.stage !== GrowthStage.preparing) throw GrowthException.wrongStage(plan.stage);
        const previous = await manager.findOneBy(GrowthDocument, { planId, item });
        replacedKey = previous?.storageKey ?? null;
        if (previous) await manager.delete(GrowthDocument, { id: previous.id });
        await manager.save(
          manager.create(GrowthDocument, {
            planId,
            item,
            fileName: uploadFileName(file.fileName, mediaType, item.replace(/_/g, '-')),
            mediaType,
            sizeBytes: file.content.length,
            sha256: createHash('sha256').update(file.content).digest('hex'),
            storageKey,
            uploadedByAccountId: actor.accountId,
          }),
        );
        await this.storage.write(storageKey, file.content, mediaType);
        return { item, mediaType };
      });
      if (replacedKey) await this.storage.remove(replacedKey);
      return view;
    } catch (error) {
      await this.storage.remove(storageKey);
      throw error;
    }
  }

  /** Representatives and staff of economic development (staff reads are audited). */
  async openDocument(actor: Actor, planId: string, item: string): Promise<{ content: Buffer; mediaType: string; fileName: string }> {
    const plan = isUuid(planId) ? await this.dataSource.manager.findOneBy(GrowthPlan, { id: planId }) : null;
    if (!plan) throw DomainException.notFound();
    const as = await this.access.requireReader(actor, plan.companyId);
    const row = BRANCH_CHECKLIST.includes(item as BranchChecklistItem)
      ? await this.dataSource.manager.findOneBy(GrowthDocument, { planId, item: item as BranchChecklistItem })
      : null;
    if (!row) throw DomainException.notFound();
    if (as === 'staff') {
      await this.audit.record({
        action: 'company.growth_document_viewed_by_staff',
        actorAccountId: actor.accountId,
        subjectType: 'company',
        subjectId: plan.companyId,
        details: { planId, item },
      });
    }
    return { content: await this.storage.read(row.storageKey), mediaType: row.mediaType, fileName: row.fileName };
  }

  /** preparing → handed_over_to_notary: the checklist is complete (branch) or the data is (subsidiary). */
  async handOver(actor: Actor, planId: string): Promise<GrowthPlanView> {
    return this.change(actor, planId, 'company.growth_handed_over', async (manager, plan, company) => {
      if (plan.stage !== GrowthStage.preparing) throw GrowthException.wrongStage(plan.stage);
      if (plan.kind === EstablishmentKind.branch) {
        const uploaded = new Set((await manager.findBy(GrowthDocument, { planId })).map((row) => row.item));
        const missing = requiredChecklist(company.countryCode).filter((item) => !uploaded.has(item));
        if (missing.length) throw GrowthException.checklistIncomplete(missing.length);
      } else {
        const representatives = await manager.findBy(CompanyRepresentative, { companyId: plan.companyId });
        if (!plan.subsidiary || subsidiaryProblems(plan.subsidiary, new Set(representatives.map((row) => row.accountId))).length)
          throw GrowthException.subsidiaryIncomplete();
      }
      plan.stage = GrowthStage.handed_over_to_notary;
      plan.handedOverAt = new Date();
      await manager.save(plan);
    });
  }

  /** handed_over_to_notary → registered: the register court's entry as the company received it. */
  async recordRegistration(actor: Actor, planId: string, registerCourt: string, registerNumber: string): Promise<GrowthPlanView> {
    const court = registerCourt.trim();
    const number = registerNumber.trim().replace(/\s+/g, ' ').toUpperCase();
    const problems = [];
    if (court.length < 2 || court.length > 100)
      problems.push({ field: 'registerCourt', constraint: 'length', messageKey: 'companies.growth.court_invalid' });
    if (!REGISTER_NUMBER.test(number))
      problems.push({ field: 'registerNumber', constraint: 'format', messageKey: 'companies.growth.register_number_invalid' });
    if (problems.length) throw CompaniesException.invalid(problems);
    return this.change(actor, planId, 'company.growth_registered', async (manager, plan) => {
      if (plan.stage !== GrowthStage.handed_over_to_notary) throw GrowthException.wrongStage(plan.stage);
      if (plan.kind === EstablishmentKind.subsidiary && !number.startsWith('HRB'))
        throw CompaniesException.invalid([
          { field: 'registerNumber', constraint: 'format', messageKey: 'companies.growth.register_number_hrb' },
        ]);
      Object.assign(plan, { stage: GrowthStage.registered, registeredAt: new Date(), registerCourt: court, registerNumber: number });
      await manager.save(plan);
    });
  }

  /** The day business starts at the new establishment: it sets the deadlines and their reminders. */
  async setBusinessStart(actor: Actor, planId: string, date: string): Promise<GrowthPlanView> {
    const today = berlinToday();
    const valid =
      /^\d{4}-\d{2}-\d{2}$/.test(date) &&
      !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) &&
      new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
    if (!valid) throw CompaniesException.invalid([{ field: 'date', constraint: 'isDate', messageKey: 'validation.invalid' }]);
    const [earliest, latest] = [shiftYear(today, -1), shiftYear(today, 2)];
    if (date < earliest || date > latest)
      throw CompaniesException.invalid([{ field: 'date', constraint: 'range', messageKey: 'companies.growth.start_date_range' }]);
    return this.change(actor, planId, 'company.growth_business_start_set', async (manager, plan) => {
      if (plan.businessStartDate !== date) {
        Object.assign(plan, { businessStartDate: date, tradeRegistrationRemindedAt: null, taxRegistrationRemindedAt: null });
        await manager.save(plan);
      }
    });
  }

  async markDeadlineDone(actor: Actor, planId: string, kind: GrowthDeadlineKind, done: boolean): Promise<GrowthPlanView> {
    return this.change(actor, planId, 'company.growth_deadline_marked', async (manager, plan) => {
      if (!plan.businessStartDate) throw GrowthException.businessStartMissing();
      const column = kind === GrowthDeadlineKind.trade_registration ? 'tradeRegistrationDoneAt' : 'taxRegistrationDoneAt';
      plan[column] = done ? (plan[column] ?? new Date()) : null;
      await manager.save(plan);
      return { kind, done };
    });
  }

  async viewOf(manager: EntityManager, plan: GrowthPlan): Promise<GrowthPlanView> {
    const [company, establishment, documents] = await readAll(manager, [
      () => manager.findOneByOrFail(Company, { id: plan.companyId }),
      () => manager.findOneByOrFail(Establishment, { id: plan.establishmentId }),
      () => manager.find(GrowthDocument, { where: { planId: plan.id }, order: { uploadedAt: 'ASC' } }),
    ]);
    const representatives = await manager.find(CompanyRepresentative, { where: { companyId: plan.companyId }, order: { since: 'ASC' } });
    const signing = new Set(representatives.filter((row) => WRITERS.includes(row.role)).map((row) => row.accountId));
    for (const accountId of plan.subsidiary?.managingDirectorAccountIds ?? []) signing.add(accountId);
    const identities = await this.identities.ofMany([...signing], manager);
    const notarisation = [...signing].map((accountId): NotarisationCheck => {
      const identity = identities.get(accountId) ?? null;
      return {
        accountId,
        givenName: identity?.givenName ?? null,
        familyName: identity?.familyName ?? null,
        method: identity?.method ?? null,
        nationality: identity?.nationality ?? null,
        ...onlineNotarisation(identity),
      };
    });
    const deadlines = plan.businessStartDate
      ? deadlinesFrom(plan.businessStartDate).map((deadline) =>
          deadline.kind === GrowthDeadlineKind.trade_registration
            ? { ...deadline, doneAt: plan.tradeRegistrationDoneAt, remindedAt: plan.tradeRegistrationRemindedAt }
            : { ...deadline, doneAt: plan.taxRegistrationDoneAt, remindedAt: plan.taxRegistrationRemindedAt },
        )
      : [];
    const requiredItems = plan.kind === EstablishmentKind.branch ? requiredChecklist(company.countryCode) : [];
    return { plan, company, establishment, documents, requiredItems, notarisation, deadlines };
  }

  private async create(
    actor: Actor,
    companyId: string,
    kind: EstablishmentKind,
    subsidiary: SubsidiaryPlan | null,
  ): Promise<GrowthPlanView> {
    await this.access.requireRepresentative(actor, companyId);
    return this.companyTransaction.run(companyId, async (manager) => {
      const role = await this.access.representativeRole(actor, companyId, manager);
      if (!WRITERS.includes(role)) throw CompaniesException.ownerRequired();
      if (await manager.existsBy(GrowthPlan, { companyId, kind })) throw GrowthException.planExists();
      const office = await manager.findOne(Establishment, {
        where: { companyId, kind: EstablishmentKind.representative_office, status: Not(EstablishmentStatus.closed) },
        order: { createdAt: 'DESC' },
      });
      if (!office || office.status !== EstablishmentStatus.active || !office.businessAddressLines?.length)
        throw GrowthException.officeNotActive();
      const establishment = await manager.save(
        manager.create(Establishment, {
          companyId,
          kind,
          status: EstablishmentStatus.setting_up,
          servicePointCode: office.servicePointCode,
          businessAddressLines: office.businessAddressLines,
          createdByAccountId: actor.accountId,
        }),
      );
      const plan = await manager.save(
        manager.create(GrowthPlan, {
          companyId,
          establishmentId: establishment.id,
          kind,
          stage: GrowthStage.preparing,
          subsidiary,
          createdByAccountId: actor.accountId,
        }),
      );
      await this.audit.record(
        {
          action: 'company.growth_started',
          actorAccountId: actor.accountId,
          subjectType: 'company',
          subjectId: companyId,
          details: { planId: plan.id, kind, establishmentId: establishment.id },
        },
        manager,
      );
      return this.viewOf(manager, plan);
    });
  }

  /** A change by an owner or managing director of the plan's company, under the company's lock, audited. */
  private async change(
    actor: Actor,
    planId: string,
    action: string,
    work: (manager: EntityManager, plan: GrowthPlan, company: Company) => Promise<Record<string, unknown> | void>,
  ): Promise<GrowthPlanView> {
    const found = isUuid(planId) ? await this.dataSource.manager.findOneBy(GrowthPlan, { id: planId }) : null;
    if (!found) throw DomainException.notFound();
    await this.access.requireRepresentative(actor, found.companyId);
    return this.companyTransaction.run(found.companyId, async (manager, company) => {
      const role = await this.access.representativeRole(actor, found.companyId, manager);
      if (!WRITERS.includes(role)) throw CompaniesException.ownerRequired();
      const plan = await manager.findOneByOrFail(GrowthPlan, { id: planId });
      const details = await work(manager, plan, company);
      await this.audit.record(
        {
          action,
          actorAccountId: actor.accountId,
          subjectType: 'company',
          subjectId: plan.companyId,
          details: { planId, ...(details ?? {}) },
        },
        manager,
      );
      return this.viewOf(manager, plan);
    });
  }
}

function shiftYear(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}
