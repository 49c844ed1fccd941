import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AssuranceLevel } from '../common/auth/assurance-level.js';
import { PdfWriter } from '../common/pdf/pdf-writer.js';
import type { Actor } from '../common/auth/actor.js';
import { AccountDirectory } from '../identity/index.js';
import { ResidencyApplication } from './entities/residency-application.entity.js';
import { EvidenceKind } from './evidence-kind.js';
import { EvidenceService } from './evidence.service.js';
import { ResidencyApplicationService } from './residency-application.service.js';
import { ResidencyCategory } from './residency-category.js';
import { District } from '../addresses/index.js';

const DEMO_APPLICANT = 'resident@demo.bochum-eresidency.example';

/** A stand-in enrolment certificate for the demo case (a German document, like the real ones). */
function demoCertificate(): Promise<Buffer> {
  const pdf = PdfWriter.create({ language: 'de', size: 'A4', margin: 56, title: 'Immatrikulationsbescheinigung (Demo)' });
  pdf.flow('Immatrikulationsbescheinigung', { size: 18, weight: 'bold', spaceAfter: 12 });
  pdf.flow('DEMO – kein echtes Dokument / demo only, not a real document', { size: 11, spaceAfter: 12 });
  pdf.flow('Alex Beispiel ist im laufenden Semester an einer Bochumer Hochschule eingeschrieben.', { size: 11 });
  return pdf.end();
}

/**
 * Outside production: a submitted student application of the demo resident, so that the back
 * office queue shows a case to work on. Runs through the real services; does nothing once the
 * demo resident has any application.
 */
@Injectable()
export class ResidencyDemoSeed {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ResidencyApplicationService,
    private readonly evidence: EvidenceService,
    private readonly accounts: AccountDirectory,
  ) {}

  async seed(): Promise<void> {
    const account = await this.accounts.contactByEmail(DEMO_APPLICANT);
    if (!account || (await this.dataSource.manager.existsBy(ResidencyApplication, { accountId: account.id }))) return;
    const actor: Actor = {
      accountId: account.id,
      sessionFamilyId: 'demo-seed',
      roles: account.roles,
      assuranceLevel: AssuranceLevel.low,
      language: account.language,
    };
    const year = new Date().getUTCFullYear();
    const application = await this.applications.create(actor, {
      category: ResidencyCategory.student,
      district: District.bochum,
      givenName: 'Alex',
      familyName: 'Beispiel',
      consent: true,
      student: { university: 'Ruhr-Universität Bochum', enrolmentFrom: `${year - 1}-10-01`, enrolmentUntil: `${year + 1}-09-30` },
    });
    await this.evidence.upload(actor, application.id, EvidenceKind.enrolment_certificate, {
      content: await demoCertificate(),
      fileName: 'immatrikulationsbescheinigung-demo.pdf',
    });
    await this.applications.submit(actor, application.id);
    this.logger.log(`demo residency application of ${DEMO_APPLICANT} submitted for the back office`);
  }
}
