import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CaseEventType } from '../backoffice/index.js';
import { CaseQueue } from '../backoffice/index.js';
import { AuditService } from '../common/audit/audit.service.js';
import { hasRole, type Actor } from '../common/auth/actor.js';
import { Role } from '../common/auth/role.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { uploadFileName } from '../common/files/upload-file-name.js';
import { isUuid } from '../common/ids/is-uuid.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { EvidenceDocument } from './entities/evidence-document.entity.js';
import { ResidencyApplication } from './entities/residency-application.entity.js';
import { detectDocumentType } from '../common/files/document-content-type.js';
import { EvidenceKind } from './evidence-kind.js';
import { EvidenceStorage } from './evidence-storage.js';
import { ResidencyApplicationStatus } from './residency-application-status.js';
import { RESIDENCY_CASE_KIND, RESIDENCY_STAFF_ROLES } from './residency-case-kind.js';
import { ResidencyException } from './residency.exception.js';

export interface EvidenceFile {
  content: Buffer;
  mediaType: string;
  fileName: string;
}

const UPLOADABLE = [ResidencyApplicationStatus.draft, ResidencyApplicationStatus.info_requested];

/**
 * Evidence documents: checked by content and size before anything is stored, written under a
 * random name, readable by the applicant and by the citizens' office (each staff read audited).
 */
@Injectable()
export class EvidenceService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: EvidenceStorage,
    private readonly queue: CaseQueue,
    private readonly audit: AuditService,
  ) {}

  listFor(applicationIds: readonly string[]): Promise<EvidenceDocument[]> {
    return this.dataSource.manager
      .createQueryBuilder(EvidenceDocument, 'e')
      .where('e.application_id IN (:...ids)', { ids: applicationIds })
      .orderBy('e.created_at', 'ASC')
      .getMany();
  }

  async upload(
    actor: Actor,
    applicationId: string,
    kind: string | undefined,
    file: { content: Buffer; fileName?: string },
  ): Promise<EvidenceDocument> {
    if (!Object.values(EvidenceKind).includes(kind as EvidenceKind)) throw ResidencyException.evidenceKindInvalid();
    await this.ownApplication(actor, applicationId);
    if (file.content.length === 0) throw ResidencyException.evidenceEmpty();
    if (file.content.length > this.config.files.evidenceMaxBytes)
      throw ResidencyException.evidenceTooLarge(this.config.files.evidenceMaxBytes);
    const mediaType = await detectDocumentType(file.content);
    if (!mediaType) throw ResidencyException.evidenceTypeNotAllowed();
    const storageKey = this.storage.newKey();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const application = await manager.findOne(ResidencyApplication, {
          where: { id: applicationId, accountId: actor.accountId },
          lock: { mode: 'pessimistic_write' },
        });
        if (!application) throw DomainException.notFound();
        if (!UPLOADABLE.includes(application.status)) throw ResidencyException.wrongStatus(application.status);
        const count = await manager.countBy(EvidenceDocument, { applicationId });
        if (count >= this.config.files.evidenceMaxFiles) throw ResidencyException.tooManyFiles(this.config.files.evidenceMaxFiles);
        const document = await manager.save(
          manager.create(EvidenceDocument, {
            applicationId,
            kind: kind as EvidenceKind,
            fileName: uploadFileName(file.fileName, mediaType, 'evidence'),
            mediaType,
            sizeBytes: file.content.length,
            sha256: createHash('sha256').update(file.content).digest('hex'),
            storageKey,
            uploadedByAccountId: actor.accountId,
          }),
        );
        await this.storage.write(storageKey, file.content, mediaType);
        await this.queue.record(manager, RESIDENCY_CASE_KIND, applicationId, CaseEventType.evidence_added, actor.accountId, {
          fileName: document.fileName,
        });
        await this.audit.record(
          {
            action: 'residency.evidence_uploaded',
            actorAccountId: actor.accountId,
            subjectType: 'residency_evidence',
            subjectId: document.id,
            details: { applicationId, mediaType },
          },
          manager,
        );
        return document;
      });
    } catch (error) {
      // The row was not committed, so its file must not stay either.
      await this.storage.remove(storageKey);
      throw error;
    }
  }

  /** Removes a document from a draft. */
  async remove(actor: Actor, evidenceId: string): Promise<void> {
    if (!isUuid(evidenceId)) throw DomainException.notFound();
    const storageKey = await this.dataSource.transaction(async (manager) => {
      const document = await manager.findOneBy(EvidenceDocument, { id: evidenceId });
      const application = document
        ? await manager.findOne(ResidencyApplication, {
            where: { id: document.applicationId, accountId: actor.accountId },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!document || !application) throw DomainException.notFound();
      if (application.status !== ResidencyApplicationStatus.draft) throw ResidencyException.wrongStatus(application.status);
      await manager.delete(EvidenceDocument, { id: evidenceId });
      await this.audit.record(
        { action: 'residency.evidence_removed', actorAccountId: actor.accountId, subjectType: 'residency_evidence', subjectId: evidenceId },
        manager,
      );
      return document.storageKey;
    });
    await this.storage.remove(storageKey);
  }

  /** The file for its applicant, or for the citizens' office (audited, and shown on the case's timeline). */
  async open(actor: Actor, applicationId: string, evidenceId: string): Promise<EvidenceFile> {
    if (!isUuid(applicationId) || !isUuid(evidenceId)) throw DomainException.notFound();
    const document = await this.dataSource.manager.findOneBy(EvidenceDocument, { id: evidenceId, applicationId });
    const application = document ? await this.dataSource.manager.findOneBy(ResidencyApplication, { id: applicationId }) : null;
    if (!document || !application) throw DomainException.notFound();
    const isOwner = application.accountId === actor.accountId;
    if (!isOwner && !hasRole(actor, Role.admin, ...RESIDENCY_STAFF_ROLES)) throw DomainException.notFound();
    if (!isOwner) {
      await this.dataSource.transaction(async (manager) => {
        await this.audit.record(
          {
            action: 'residency.evidence_viewed',
            actorAccountId: actor.accountId,
            subjectType: 'residency_evidence',
            subjectId: document.id,
            details: { applicationId },
          },
          manager,
        );
        await this.queue.record(manager, RESIDENCY_CASE_KIND, applicationId, CaseEventType.evidence_viewed, actor.accountId, {
          fileName: document.fileName,
        });
      });
    }
    return { content: await this.storage.read(document.storageKey), mediaType: document.mediaType, fileName: document.fileName };
  }

  private async ownApplication(actor: Actor, applicationId: string): Promise<void> {
    const found =
      isUuid(applicationId) &&
      (await this.dataSource.manager.existsBy(ResidencyApplication, { id: applicationId, accountId: actor.accountId }));
    if (!found) throw DomainException.notFound();
  }
}
