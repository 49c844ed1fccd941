import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { friendlyFormatIBAN } from 'ibantools';
import type { DataSource } from 'typeorm';
import { AuditService } from '../common/audit/audit.service.js';
import type { Actor } from '../common/auth/actor.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { Translator } from '../common/i18n/translator.js';
import { isUuid } from '../common/ids/is-uuid.js';
import { formatDateTime } from '../common/i18n/formatting.js';
import { PdfWriter } from '../common/pdf/pdf-writer.js';
import { CompanyAccess } from '../companies/index.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { BankAccountApplication, BankAccountApplicationStatus } from './entities/bank-account-application.entity.js';
import { PartnerBanks } from './partner-banks.service.js';

/**
 * A one-page confirmation of the opened account (holder, bank, IBAN, BIC), for the journey's documents,
 * in the reader's language (mirrored for right-to-left languages; IBAN, BIC and reference stay left to right).
 */
@Injectable()
export class AccountConfirmationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: CompanyAccess,
    private readonly banks: PartnerBanks,
    private readonly translator: Translator,
    private readonly audit: AuditService,
  ) {}

  async render(actor: Actor, applicationId: string): Promise<Buffer> {
    const application = isUuid(applicationId)
      ? await this.dataSource.manager.findOneBy(BankAccountApplication, { id: applicationId })
      : null;
    if (!application) throw DomainException.notFound();
    const reader = await this.access.requireReader(actor, application.companyId);
    if (application.status !== BankAccountApplicationStatus.opened || !application.iban) throw DomainException.notFound();
    const bank = await this.banks.byId(application.bankId);
    if (!bank) throw DomainException.notFound();
    if (reader === 'staff') {
      await this.audit.record({
        action: 'banking.account_confirmation_viewed_by_staff',
        actorAccountId: actor.accountId,
        subjectType: 'bank_account_application',
        subjectId: application.id,
      });
    }
    const language = actor.language;
    const t = (key: string) => this.translator.t(language, `banking:confirmation.${key}`, { city: this.config.cityName });
    const pdf = PdfWriter.create({ language, size: 'A4', margin: 56, title: t('title') });
    pdf.flow(t('title'), { size: 18, weight: 'bold', spaceAfter: 6 });
    if (bank.sandbox) pdf.flow(t('sandbox'), { size: 11, weight: 'bold', color: '#a4000f', spaceAfter: 6 });
    const rows: [string, string, 'ltr' | 'auto'][] = [
      [t('holder'), String(application.kycPackage.company.legalName ?? ''), 'auto'],
      [t('bank'), bank.name, 'auto'],
      [t('iban'), friendlyFormatIBAN(application.iban) ?? application.iban, 'ltr'],
      [t('bic'), bank.bic, 'ltr'],
      [t('openedAt'), formatDateTime(application.decidedAt ?? application.statusChangedAt, language), 'auto'],
      [t('reference'), application.bankReference ?? application.id, 'ltr'],
    ];
    pdf.moveDown(12);
    for (const [label, value, direction] of rows) {
      pdf.flow(label, { size: 10, color: '#555555' });
      pdf.flow(value, { size: 13, weight: 'bold', direction, spaceAfter: 8 });
    }
    pdf.moveDown(12);
    pdf.flow(t('footer'), { size: 9, color: '#555555' });
    return pdf.end();
  }
}
