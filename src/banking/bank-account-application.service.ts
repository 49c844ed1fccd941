import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, In, Not, type EntityManager } from 'typeorm';
import { AuditService } from '../common/audit/audit.service.js';
import type { Actor } from '../common/auth/actor.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { uploadFileName } from '../common/files/upload-file-name.js';
import { isUuid } from '../common/ids/is-uuid.js';
import { idempotent } from '../common/idempotency/index.js';
import { LocalQueue } from '../database/local-queue.js';
import { JobQueue } from '../common/jobs/job-queue.js';
import { CompanyAccess } from '../companies/index.js';
import { detectDocumentType } from '../common/files/document-content-type.js';
import { BankRequestError, HttpBankAdapter } from './adapter/http-bank-adapter.js';
import { BankDocumentStorage } from './bank-document-storage.js';
import { BankingException } from './banking.exception.js';
import {
  BankAccountApplication,
  BankAccountApplicationStatus as Status,
  type KycPackageSnapshot,
} from './entities/bank-account-application.entity.js';
import { BankDocumentRequest, BankDocumentRequestStatus } from './entities/bank-document-request.entity.js';
import type { PartnerBank } from './entities/partner-bank.entity.js';
import { kycContentSha256, sha256OfCanonical } from './kyc/canonical-json.js';
import { KYC_CONSENT_TEXT_VERSION, KycPackageAssembler } from './kyc/kyc-package.assembler.js';
import { PartnerBanks } from './partner-banks.service.js';

const HAND_OVER_QUEUE = 'banking.hand-over';
const FORWARD_DOCUMENTS_QUEUE = 'banking.forward-documents';

export interface ApplicationView {
  application: BankAccountApplication;
  bank: PartnerBank;
  documentRequests: BankDocumentRequest[];
}

/**
 * Bank account applications: consent and KYC snapshot in one transaction with the hand-over job;
 * the job sends the package to the bank over its adapter; the bank's answers arrive as webhooks.
 */
@Injectable()
export class BankAccountApplicationService implements OnModuleInit {
  private readonly logger = new Logger('BankAccountApplications');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CompanyAccess,
    private readonly banks: PartnerBanks,
    private readonly kyc: KycPackageAssembler,
    private readonly adapter: HttpBankAdapter,
    private readonly jobs: JobQueue,
    private readonly audit: AuditService,
    private readonly storage: BankDocumentStorage,
    private readonly queue: LocalQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ applicationId: string }>(HAND_OVER_QUEUE, (job) => this.handOver(job.data.applicationId), {
      retryLimit: 8,
      retryDelaySeconds: 5,
    });
    this.jobs.register<{ documentRequestId: string }>(FORWARD_DOCUMENTS_QUEUE, (job) => this.forwardDocuments(job.data.documentRequestId), {
      retryLimit: 8,
      retryDelaySeconds: 5,
    });
  }

  /** What would be handed over now (the client shows it before consent). */
  async preview(actor: Actor, companyId: string): Promise<KycPackageSnapshot> {
    await this.access.requireRepresentative(actor, companyId);
    return this.kyc.assemble(companyId, this.dataSource.manager);
  }

  async list(actor: Actor, companyId: string): Promise<ApplicationView[]> {
    const reader = await this.access.requireReader(actor, companyId);
    const manager = this.dataSource.manager;
    const applications = await manager.find(BankAccountApplication, { where: { companyId }, order: { createdAt: 'DESC' } });
    if (reader === 'staff') {
      await this.audit.record({
        action: 'banking.applications_viewed_by_staff',
        actorAccountId: actor.accountId,
        subjectType: 'company',
        subjectId: companyId,
      });
    }
    return this.viewsOf(applications, manager);
  }

  async apply(
    actor: Actor,
    input: { companyId: string; bankId: string; consent: boolean; idempotencyKey: string; packageSha256?: string | null },
  ): Promise<ApplicationView> {
    if (input.consent !== true) throw BankingException.consentRequired();
    // Only representatives queue on the company's lock.
    await this.access.requireRepresentative(actor, input.companyId);
    const lock = `bank-application:${input.companyId}`;
    // Queued in this process first, so a burst for one company holds one pool connection, not all of them.
    const application = await this.queue.run(lock, () =>
      this.dataSource.transaction(async (manager) => {
        await this.access.requireRepresentative(actor, input.companyId, manager);
        // One at a time per company: retries with the same key and parallel applications see each other.
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lock]);
        // The key's unique constraint decides retries (also of one key sent for two companies at once),
        // the partial unique index "one application per company and bank that is not declined" the rest.
        return idempotent(manager, {
          keyConstraints: ['UQ_bank_account_applications_idempotency'],
          find: (current) =>
            current.findOneBy(BankAccountApplication, { applicantAccountId: actor.accountId, idempotencyKey: input.idempotencyKey }),
          sameRequest: (repeated) => repeated.companyId === input.companyId && repeated.bankId === input.bankId,
          conflict: () => BankingException.idempotencyKeyReused(),
          create: (current) => this.create(current, actor, input),
          onConflict: {
            UQ_bank_account_applications_open: () => {
              throw BankingException.applicationOpen();
            },
          },
        });
      }),
    );
    return (await this.viewsOf([application], this.dataSource.manager))[0];
  }

  private async create(
    manager: EntityManager,
    actor: Actor,
    input: { companyId: string; bankId: string; idempotencyKey: string; packageSha256?: string | null },
  ): Promise<BankAccountApplication> {
    const bank = await this.banks.byId(input.bankId, manager);
    if (!bank || !bank.active) throw BankingException.unknownBank();
    if (await manager.existsBy(BankAccountApplication, { companyId: input.companyId, bankId: bank.id, status: Not(Status.declined) })) {
      throw BankingException.applicationOpen();
    }
    const kycPackage = await this.kyc.assemble(input.companyId, manager);
    if (input.packageSha256 && kycContentSha256(kycPackage) !== input.packageSha256) throw BankingException.packageChanged();
    const now = new Date();
    const created = await manager.save(
      manager.create(BankAccountApplication, {
        companyId: input.companyId,
        bankId: bank.id,
        applicantAccountId: actor.accountId,
        idempotencyKey: input.idempotencyKey,
        status: Status.requested,
        lastSequence: 0,
        statusChangedAt: now,
        consentTextVersion: KYC_CONSENT_TEXT_VERSION,
        consentGivenAt: now,
        kycPackage,
        kycPackageSha256: sha256OfCanonical(kycPackage),
      }),
    );
    await this.jobs.enqueue(manager, HAND_OVER_QUEUE, { applicationId: created.id });
    await this.audit.record(
      {
        action: 'banking.application_consented',
        actorAccountId: actor.accountId,
        subjectType: 'bank_account_application',
        subjectId: created.id,
        details: {
          companyId: input.companyId,
          bank: bank.code,
          consentTextVersion: KYC_CONSENT_TEXT_VERSION,
          kycPackageSha256: created.kycPackageSha256,
        },
      },
      manager,
    );
    return created;
  }

  /** The hand-over job: sends the snapshot to the bank; safe to repeat (the bank dedupes by idempotency key). */
  async handOver(applicationId: string): Promise<void> {
    const application = await this.dataSource.manager.findOneBy(BankAccountApplication, { id: applicationId });
    if (!application || application.handedOverAt) return;
    const bank = await this.banks.byId(application.bankId);
    if (!bank) return;
    try {
      const { bankReference } = await this.adapter.submitApplication(bank, application);
      await this.dataSource.transaction(async (manager) => {
        await manager.update(BankAccountApplication, { id: application.id }, { handedOverAt: new Date(), bankReference });
        await this.audit.record(
          {
            action: 'banking.application_handed_over',
            subjectType: 'bank_account_application',
            subjectId: application.id,
            details: { bank: bank.code, bankReference },
          },
          manager,
        );
      });
    } catch (error) {
      if (error instanceof BankRequestError && !error.retryable) {
        this.logger.error(`hand-over of ${application.id} refused for good: ${error.message}`);
        await this.audit.record({
          action: 'banking.application_handover_refused',
          subjectType: 'bank_account_application',
          subjectId: application.id,
          details: { bank: bank.code, error: error.message.slice(0, 300) },
        });
        return;
      }
      throw error;
    }
  }

  /** Keeps (or replaces) the file attached to an open document request, checked by content. */
  async attach(
    actor: Actor,
    documentRequestId: string,
    file: { content: Buffer; fileName?: string },
    maxBytes: number,
  ): Promise<ApplicationView> {
    const { request, application } = await this.ownRequest(actor, documentRequestId, this.dataSource.manager);
    if (request.status !== BankDocumentRequestStatus.open) throw BankingException.documentRequestNotOpen();
    if (file.content.length === 0) throw BankingException.uploadMissing();
    if (file.content.length > maxBytes) throw BankingException.documentTooLarge(maxBytes);
    const contentType = await detectDocumentType(file.content);
    if (!contentType) throw BankingException.documentType();
    const key = this.storage.newKey();
    await this.storage.write(key, file.content, contentType);
    const previousKey = await this.dataSource
      .transaction(async (manager) => {
        const locked = await manager.findOneOrFail(BankDocumentRequest, { where: { id: request.id }, lock: { mode: 'pessimistic_write' } });
        if (locked.status !== BankDocumentRequestStatus.open) throw BankingException.documentRequestNotOpen();
        await manager.update(
          BankDocumentRequest,
          { id: request.id },
          {
            attachmentFileName: uploadFileName(file.fileName, contentType, 'document'),
            attachmentContentType: contentType,
            attachmentSizeBytes: file.content.length,
            attachmentSha256: createHash('sha256').update(file.content).digest('hex'),
            attachmentStorageKey: key,
          },
        );
        return locked.attachmentStorageKey;
      })
      .catch(async (error: unknown) => {
        await this.storage.remove(key);
        throw error;
      });
    if (previousKey) await this.storage.remove(previousKey);
    return (await this.viewsOf([application], this.dataSource.manager))[0];
  }

  async answer(actor: Actor, input: { documentRequestId: string; message: string }): Promise<ApplicationView> {
    const message = input.message.trim();
    if (message.length === 0) throw BankingException.answerRequired();
    const application = await this.dataSource.transaction(async (manager) => {
      const { request, application } = await this.ownRequest(actor, input.documentRequestId, manager);
      const locked = await manager.findOneOrFail(BankDocumentRequest, { where: { id: request.id }, lock: { mode: 'pessimistic_write' } });
      if (locked.status !== BankDocumentRequestStatus.open) throw BankingException.documentRequestNotOpen();
      await manager.update(
        BankDocumentRequest,
        { id: request.id },
        {
          status: BankDocumentRequestStatus.answered,
          answerText: message,
          answeredByAccountId: actor.accountId,
          answeredAt: new Date(),
        },
      );
      await this.jobs.enqueue(manager, FORWARD_DOCUMENTS_QUEUE, { documentRequestId: request.id });
      await this.audit.record(
        {
          action: 'banking.documents_answered',
          actorAccountId: actor.accountId,
          subjectType: 'bank_account_application',
          subjectId: application.id,
          details: { documentRequestId: request.id, attachmentSha256: locked.attachmentSha256 },
        },
        manager,
      );
      return application;
    });
    return (await this.viewsOf([application], this.dataSource.manager))[0];
  }

  /** The forwarding job: the answer (and file) to the bank. */
  async forwardDocuments(documentRequestId: string): Promise<void> {
    const request = await this.dataSource.manager.findOneBy(BankDocumentRequest, { id: documentRequestId });
    if (!request || request.forwardedAt || request.status !== BankDocumentRequestStatus.answered) return;
    const application = await this.dataSource.manager.findOneByOrFail(BankAccountApplication, { id: request.applicationId });
    const bank = await this.banks.byId(application.bankId);
    if (!bank) return;
    if (!application.bankReference) throw new Error(`application ${application.id} not yet handed over; retrying later`);
    const attachment = request.attachmentStorageKey
      ? {
          fileName: request.attachmentFileName!,
          contentType: request.attachmentContentType!,
          sha256: request.attachmentSha256!,
          content: await this.storage.read(request.attachmentStorageKey),
        }
      : null;
    try {
      await this.adapter.sendDocuments(bank, application.bankReference, {
        requestId: request.bankRequestId,
        message: request.answerText ?? '',
        attachment,
      });
    } catch (error) {
      if (error instanceof BankRequestError && !error.retryable) {
        this.logger.error(`documents for ${application.id} refused for good: ${error.message}`);
        return;
      }
      throw error;
    }
    await this.dataSource.manager.update(BankDocumentRequest, { id: request.id }, { forwardedAt: new Date() });
  }

  private async ownRequest(
    actor: Actor,
    documentRequestId: string,
    manager: EntityManager,
  ): Promise<{ request: BankDocumentRequest; application: BankAccountApplication }> {
    const request = isUuid(documentRequestId) ? await manager.findOneBy(BankDocumentRequest, { id: documentRequestId }) : null;
    if (!request) throw DomainException.notFound();
    const application = await manager.findOneByOrFail(BankAccountApplication, { id: request.applicationId });
    await this.access.requireRepresentative(actor, application.companyId, manager);
    return { request, application };
  }

  private async viewsOf(applications: BankAccountApplication[], manager: EntityManager): Promise<ApplicationView[]> {
    if (applications.length === 0) return [];
    const banks = new Map((await this.banks.all(manager)).map((bank) => [bank.id, bank]));
    const requests = await manager.find(BankDocumentRequest, {
      where: { applicationId: In(applications.map((application) => application.id)) },
      order: { createdAt: 'ASC' },
    });
    return applications.map((application) => ({
      application,
      bank: banks.get(application.bankId)!,
      documentRequests: requests.filter((request) => request.applicationId === application.id),
    }));
  }
}
