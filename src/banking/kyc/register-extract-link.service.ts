import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { isUuid } from '../../common/ids/is-uuid.js';
import { CompanyDirectory } from '../../companies/index.js';
import { BankAccountApplication } from '../entities/bank-account-application.entity.js';
import { PartnerBanks } from '../partner-banks.service.js';
import { registerExtractLinkValid } from './register-extract-link.js';

/** Serves a handed-over register extract to the bank through its signed, expiring link. */
@Injectable()
export class RegisterExtractLinkService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly banks: PartnerBanks,
    private readonly companies: CompanyDirectory,
    private readonly audit: AuditService,
  ) {}

  async open(
    applicationId: string,
    expires: string | undefined,
    signature: string | undefined,
  ): Promise<{ content: Buffer; contentType: string }> {
    const application = isUuid(applicationId)
      ? await this.dataSource.manager.findOneBy(BankAccountApplication, { id: applicationId })
      : null;
    const bank = application ? await this.banks.byId(application.bankId) : null;
    if (!application || !bank || !registerExtractLinkValid(this.banks.webhookSecretOf(bank), application.id, expires, signature))
      throw DomainException.notFound();
    const consented = application.kycPackage.registerExtract;
    const current = await this.companies.registerExtract(application.companyId);
    if (!consented || !current || current.sha256 !== consented.sha256) throw DomainException.notFound();
    const content = await current.read();
    if (createHash('sha256').update(content).digest('hex') !== consented.sha256) throw DomainException.notFound();
    await this.audit.record({
      action: 'banking.register_extract_fetched',
      subjectType: 'bank_account_application',
      subjectId: application.id,
      details: { bank: bank.code, sha256: consented.sha256 },
    });
    return { content, contentType: current.contentType };
  }
}
