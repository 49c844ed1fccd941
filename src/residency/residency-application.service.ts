import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { CaseEventType } from '../backoffice/index.js';
import { CaseQueue } from '../backoffice/index.js';
import { AuditService } from '../common/audit/audit.service.js';
import { hasRole, type Actor } from '../common/auth/actor.js';
import { Role } from '../common/auth/role.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { isUuid } from '../common/ids/is-uuid.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { AccountDirectory } from '../identity/index.js';
import { VerifiedIdentities } from '../identity-verification/index.js';
import { factsFor } from './application-facts.validator.js';
import { berlinToday } from '../common/time/berlin-date.js';
import type { CreateResidencyApplicationInput, ResidencyApplicationDetailsInput } from './dto/residency-application.inputs.js';
import { ApplicationMessage, ApplicationMessageAuthor } from './entities/application-message.entity.js';
import { EvidenceDocument } from './entities/evidence-document.entity.js';
import { ResidencyApplication } from './entities/residency-application.entity.js';
import { Residency } from './entities/residency.entity.js';
import { EvidenceStorage } from './evidence-storage.js';
import { ResidencyApplicationStatus } from './residency-application-status.js';
import { RESIDENCY_CASE_KIND, RESIDENCY_STAFF_ROLES } from './residency-case-kind.js';
import { ResidencyDecisionService } from './residency-decision.service.js';
import { ResidencyLive } from './residency-live.js';
import { ResidencyNotifier } from './residency-notifier.js';
import { autoApprovalFindings } from './residency-rules.js';
import { ResidencyStatus } from './residency-status.js';
import { ResidencyException } from './residency.exception.js';

const UNIQUE_VIOLATION = '23505';

/** The applicant's side of residency applications. Only the owner reaches an application here. */
@Injectable()
export class ResidencyApplicationService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: EvidenceStorage,
    private readonly decisions: ResidencyDecisionService,
    private readonly queue: CaseQueue,
    private readonly notifier: ResidencyNotifier,
    private readonly audit: AuditService,
    private readonly accounts: AccountDirectory,
    private readonly identities: VerifiedIdentities,
    private readonly live: ResidencyLive,
  ) {}

  listMine(actor: Actor): Promise<ResidencyApplication[]> {
    return this.dataSource.manager.find(ResidencyApplication, { where: { accountId: actor.accountId }, order: { createdAt: 'DESC' } });
  }

  async getMine(actor: Actor, id: string): Promise<ResidencyApplication> {
    const application = isUuid(id)
      ? await this.dataSource.manager.findOneBy(ResidencyApplication, { id, accountId: actor.accountId })
      : null;
    if (!application) throw DomainException.notFound();
    return application;
  }

  /** Staff of the citizens' office reading an application for a decision; every read is audited. */
  async getForStaff(actor: Actor, id: string): Promise<ResidencyApplication> {
    if (!hasRole(actor, Role.admin, ...RESIDENCY_STAFF_ROLES)) throw DomainException.notFound();
    const application = isUuid(id) ? await this.dataSource.manager.findOneBy(ResidencyApplication, { id }) : null;
    if (!application) throw DomainException.notFound();
    await this.audit.record({
      action: 'residency.application_viewed',
      actorAccountId: actor.accountId,
      subjectType: 'residency_application',
      subjectId: id,
    });
    return application;
  }

  /** `getForStaff` for many applications (the case queue): one read and one audit statement; unknown ids are missing. */
  async getManyForStaff(actor: Actor, ids: readonly string[]): Promise<Map<string, ResidencyApplication>> {
    if (!hasRole(actor, Role.admin, ...RESIDENCY_STAFF_ROLES)) throw DomainException.notFound();
    const valid = [...new Set(ids.filter(isUuid))];
    const applications = valid.length ? await this.dataSource.manager.findBy(ResidencyApplication, { id: In(valid) }) : [];
    await this.audit.recordMany(
      applications.map((application) => ({
        action: 'residency.application_viewed',
        actorAccountId: actor.accountId,
        subjectType: 'residency_application',
        subjectId: application.id,
      })),
    );
    return new Map(applications.map((application) => [application.id, application]));
  }

  async create(actor: Actor, input: CreateResidencyApplicationInput): Promise<ResidencyApplication> {
    const facts = factsFor(input.category, input, berlinToday());
    const residency = await this.dataSource.manager.findOneBy(Residency, { accountId: actor.accountId, status: ResidencyStatus.active });
    if (residency?.categories.includes(input.category)) throw ResidencyException.alreadyResident();
    if (residency && residency.district !== input.district) throw ResidencyException.districtMismatch();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const application = await manager.save(
          manager.create(ResidencyApplication, {
            accountId: actor.accountId,
            category: input.category,
            district: input.district,
            givenName: input.givenName,
            familyName: input.familyName,
            facts,
            consentGivenAt: new Date(),
            status: ResidencyApplicationStatus.draft,
          }),
        );
        await this.audit.record(
          {
            action: 'residency.application_created',
            actorAccountId: actor.accountId,
            subjectType: 'residency_application',
            subjectId: application.id,
          },
          manager,
        );
        return application;
      });
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw ResidencyException.applicationExists();
      throw error;
    }
  }

  /** Changes a draft, or an application the office asked about. */
  async update(actor: Actor, id: string, input: ResidencyApplicationDetailsInput): Promise<ResidencyApplication> {
    return this.withMine(actor, id, async (manager, application) => {
      if (application.status !== ResidencyApplicationStatus.draft && application.status !== ResidencyApplicationStatus.info_requested) {
        throw ResidencyException.wrongStatus(application.status);
      }
      const facts = factsFor(application.category, input, berlinToday());
      const changes = {
        district: input.district,
        givenName: input.givenName,
        familyName: input.familyName,
        facts,
        consentGivenAt: new Date(),
      };
      await manager.update(ResidencyApplication, { id }, changes);
      await this.queue.record(manager, RESIDENCY_CASE_KIND, id, CaseEventType.details_changed, actor.accountId);
      await this.audit.record(
        { action: 'residency.application_updated', actorAccountId: actor.accountId, subjectType: 'residency_application', subjectId: id },
        manager,
      );
      return { ...application, ...changes };
    });
  }

  /** Deletes a draft with its documents. */
  async discard(actor: Actor, id: string): Promise<void> {
    const keys = await this.withMine(actor, id, async (manager, application) => {
      if (application.status !== ResidencyApplicationStatus.draft) throw ResidencyException.wrongStatus(application.status);
      const documents = await manager.find(EvidenceDocument, { where: { applicationId: id }, select: { id: true, storageKey: true } });
      await manager.delete(ResidencyApplication, { id });
      await this.audit.record(
        { action: 'residency.application_discarded', actorAccountId: actor.accountId, subjectType: 'residency_application', subjectId: id },
        manager,
      );
      return documents.map((document) => document.storageKey);
    });
    await Promise.all(keys.map((key) => this.storage.remove(key)));
  }

  /** Submits a draft: the rules approve a clear case at once; anything else goes to the back office. */
  async submit(actor: Actor, id: string): Promise<ResidencyApplication> {
    return this.withMine(actor, id, async (manager, application) => {
      if (application.status !== ResidencyApplicationStatus.draft) throw ResidencyException.wrongStatus(application.status);
      const evidence = await manager.find(EvidenceDocument, { where: { applicationId: id }, select: { id: true, kind: true } });
      if (evidence.length === 0) throw ResidencyException.evidenceRequired();
      const assuranceLevel = await this.accounts.assuranceOf(actor.accountId, manager);
      if (!assuranceLevel) throw DomainException.notFound();
      const identity = await this.identities.of(actor.accountId, manager);
      const samePerson = identity ? await this.identities.otherAccountsOfSamePerson(actor.accountId, manager) : [];
      const residentElsewhere =
        samePerson.length > 0 && (await manager.existsBy(Residency, { accountId: In(samePerson), status: ResidencyStatus.active }));
      const submitted = { ...application, status: ResidencyApplicationStatus.submitted, submittedAt: new Date() };
      await manager.update(ResidencyApplication, { id }, { status: submitted.status, submittedAt: submitted.submittedAt });
      await this.audit.record(
        { action: 'residency.application_submitted', actorAccountId: actor.accountId, subjectType: 'residency_application', subjectId: id },
        manager,
      );
      await this.notifier.submitted(manager, actor.accountId);
      const findings = autoApprovalFindings(this.config.residency.autoApproval, {
        category: application.category,
        facts: application.facts,
        assuranceLevel,
        identityVerified: identity !== null,
        residentElsewhere,
        evidenceKinds: evidence.map((document) => document.kind),
        today: berlinToday(),
      });
      if (findings.length === 0) {
        await this.decisions.approve(manager, submitted, null, null);
      } else {
        await this.queue.open(manager, {
          kind: RESIDENCY_CASE_KIND,
          subjectId: id,
          applicantAccountId: actor.accountId,
          dueInDays: this.config.residency.caseDueDays,
          findings,
        });
        await this.live.changed(manager, application);
      }
      return manager.findOneByOrFail(ResidencyApplication, { id });
    });
  }

  /** The applicant's answer to the office's question; the application goes back to the office. */
  async answer(actor: Actor, id: string, message: string): Promise<ResidencyApplication> {
    return this.withMine(actor, id, async (manager, application) => {
      if (application.status !== ResidencyApplicationStatus.info_requested) throw ResidencyException.wrongStatus(application.status);
      await manager.insert(ApplicationMessage, {
        applicationId: id,
        author: ApplicationMessageAuthor.applicant,
        authorAccountId: actor.accountId,
        body: message,
      });
      await manager.update(ResidencyApplication, { id }, { status: ResidencyApplicationStatus.submitted });
      await this.queue.applicantAnswered(manager, RESIDENCY_CASE_KIND, id, actor.accountId, message, this.config.residency.caseDueDays);
      await this.live.changed(manager, application);
      await this.audit.record(
        { action: 'residency.info_answered', actorAccountId: actor.accountId, subjectType: 'residency_application', subjectId: id },
        manager,
      );
      return { ...application, status: ResidencyApplicationStatus.submitted };
    });
  }

  /** Runs `work` on the caller's own application, locked; anyone else's id is simply not found. */
  private withMine<T>(
    actor: Actor,
    id: string,
    work: (manager: EntityManager, application: ResidencyApplication) => Promise<T>,
  ): Promise<T> {
    if (!isUuid(id)) throw DomainException.notFound();
    return this.dataSource.transaction(async (manager) => {
      const application = await manager.findOne(ResidencyApplication, {
        where: { id, accountId: actor.accountId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!application) throw DomainException.notFound();
      return work(manager, application);
    });
  }
}
