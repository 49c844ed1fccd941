import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { friendlyFormatIBAN } from 'ibantools';
import PDFDocument from 'pdfkit';
import type { DataSource } from 'typeorm';
import { AuditService } from '../common/audit/audit.service.js';
import type { Actor } from '../common/auth/actor.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { Translator } from '../common/i18n/translator.js';
import { isUuid } from '../common/ids/is-uuid.js';
import { CompanyAccess } from '../companies/index.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { BankAccountApplication, BankAccountApplicationStatus } from './entities/bank-account-application.entity.js';
import { PartnerBanks } from './partner-banks.service.js';

/** A one-page confirmation of the opened account (holder, bank, IBAN, BIC), for the journey's documents. */
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
    const date = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(
      application.decidedAt ?? application.statusChangedAt,
    );
    const document = new PDFDocument({ size: 'A4', margin: 56, info: { Title: t('title') } });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<Buffer>((resolve, reject) => {
      document.on('end', () => resolve(Buffer.concat(chunks)));
      document.on('error', reject);
    });
    document.font('Helvetica-Bold').fontSize(18).text(t('title'));
    if (bank.sandbox)
      document.moveDown(0.5).font('Helvetica-Bold').fontSize(11).fillColor('#a4000f').text(t('sandbox')).fillColor('#000000');
    const rows: [string, string][] = [
      [t('holder'), String(application.kycPackage.company.legalName ?? '')],
      [t('bank'), bank.name],
      [t('iban'), friendlyFormatIBAN(application.iban) ?? application.iban],
      [t('bic'), bank.bic],
      [t('openedAt'), date],
      [t('reference'), application.bankReference ?? application.id],
    ];
    document.moveDown();
    for (const [label, value] of rows) {
      document.font('Helvetica').fontSize(10).fillColor('#555555').text(label);
      document
        .font(label === t('iban') ? 'Courier-Bold' : 'Helvetica-Bold')
        .fontSize(13)
        .fillColor('#000000')
        .text(value)
        .moveDown(0.6);
    }
    document.moveDown().font('Helvetica').fontSize(9).fillColor('#555555').text(t('footer'));
    document.end();
    return done;
  }
}
