import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '../common/audit/audit.service.js';
import type { Actor } from '../common/auth/actor.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { detectDocumentType } from '../common/files/document-content-type.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { uploadFileName } from '../common/files/upload-file-name.js';
import { CompaniesException } from './companies.exception.js';
import { CompanyAccess } from './company-access.service.js';
import { CompanyDocumentStorage } from './company-document-storage.js';
import { CompanyRegisterExtract } from './entities/company-register-extract.entity.js';
import { CompanyTransaction } from './company-transaction.js';

/** The extract of the foreign register (PDF, JPEG or PNG by content), part of the bank's KYC package. */
@Injectable()
export class RegisterExtractService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CompanyAccess,
    private readonly storage: CompanyDocumentStorage,
    private readonly audit: AuditService,
    private readonly companyTransaction: CompanyTransaction,
  ) {}

  get maxBytes(): number {
    return this.config.companies.registerExtractMaxBytes;
  }

  async upload(actor: Actor, companyId: string, file: { content: Buffer; fileName?: string }): Promise<CompanyRegisterExtract> {
    await this.access.requireRepresentative(actor, companyId);
    if (file.content.length === 0) throw CompaniesException.extractMissing();
    if (file.content.length > this.maxBytes) throw CompaniesException.extractTooLarge(this.maxBytes);
    const mediaType = await detectDocumentType(file.content);
    if (!mediaType) throw CompaniesException.extractTypeNotAllowed();
    const storageKey = this.storage.newKey();
    let replacedKey: string | null = null;
    try {
      const saved = await this.companyTransaction.run(companyId, async (manager) => {
        await this.access.requireRepresentative(actor, companyId, manager);
        const previous = await manager.findOneBy(CompanyRegisterExtract, { companyId });
        replacedKey = previous?.storageKey ?? null;
        if (previous) await manager.delete(CompanyRegisterExtract, { companyId });
        const row = await manager.save(
          manager.create(CompanyRegisterExtract, {
            companyId,
            fileName: uploadFileName(file.fileName, mediaType, 'register-extract'),
            mediaType,
            sizeBytes: file.content.length,
            sha256: createHash('sha256').update(file.content).digest('hex'),
            storageKey,
            uploadedByAccountId: actor.accountId,
          }),
        );
        await this.storage.write(storageKey, file.content, mediaType);
        await this.audit.record(
          {
            action: 'company.register_extract_uploaded',
            actorAccountId: actor.accountId,
            subjectType: 'company',
            subjectId: companyId,
            details: { mediaType },
          },
          manager,
        );
        return row;
      });
      if (replacedKey) await this.storage.remove(replacedKey);
      return saved;
    } catch (error) {
      await this.storage.remove(storageKey);
      throw error;
    }
  }

  /** For representatives, and for staff of economic development (audited). */
  async open(actor: Actor, companyId: string): Promise<{ content: Buffer; mediaType: string; fileName: string }> {
    const as = await this.access.requireReader(actor, companyId);
    const row = await this.dataSource.manager.findOneBy(CompanyRegisterExtract, { companyId });
    if (!row) throw DomainException.notFound();
    if (as === 'staff') {
      await this.audit.record({
        action: 'company.register_extract_viewed_by_staff',
        actorAccountId: actor.accountId,
        subjectType: 'company',
        subjectId: companyId,
      });
    }
    return { content: await this.storage.read(row.storageKey), mediaType: row.mediaType, fileName: row.fileName };
  }
}
