import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { CompanyDirectory } from '../companies/index.js';
import { isUuid } from '../common/ids/is-uuid.js';
import { dateOf, type StatementBatch } from '../common/loaders/statement-batch.js';
import { TradeRegistration } from './entities/trade-registration.entity.js';

export interface TradeRegistrationSummary {
  id: string;
  companyId: string;
  establishmentId: string;
  status: 'draft' | 'submitted' | 'paid' | 'registered' | 'rejected' | 'info_requested';
  registrationNumber: string | null;
  wzCode: string;
  wzTitle: string;
  activityDescription: string;
  startDate: string;
  submittedAt: Date | null;
  registeredAt: Date | null;
}

export function summaryOf(registration: TradeRegistration): TradeRegistrationSummary {
  return {
    id: registration.id,
    companyId: registration.companyId,
    establishmentId: registration.establishmentId,
    status: registration.status,
    registrationNumber: registration.registrationNumber,
    wzCode: registration.wzCode ?? '',
    wzTitle: registration.wzTitle ?? '',
    activityDescription: registration.activityDescription,
    startDate: registration.startDate ?? '',
    submittedAt: registration.submittedAt,
    registeredAt: registration.registeredAt,
  };
}

/** What other domains (banking's KYC package, the journey) read about a company's trade registration. */
@Injectable()
export class TradeRegistrationDirectory {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly companies: CompanyDirectory,
  ) {}

  /**
   * The most recently started registration of the company's representative office (any status), or
   * null. A branch or subsidiary has registrations of its own, which do not count here.
   */
  async latestFor(companyId: string, manager: EntityManager = this.dataSource.manager): Promise<TradeRegistrationSummary | null> {
    if (!isUuid(companyId)) return null;
    const offices = (await this.companies.establishments(companyId, manager))
      .filter((establishment) => establishment.kind === 'representative_office')
      .map((establishment) => establishment.id);
    if (!offices.length) return null;
    const found = await manager.findOne(TradeRegistration, {
      where: { companyId, establishmentId: In(offices) },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    return found ? summaryOf(found) : null;
  }

  /** `latestFor` for many companies in two queries; companies without a registration are missing. */
  async latestForMany(
    companyIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, TradeRegistrationSummary>> {
    const ids = [...new Set(companyIds.filter(isUuid))];
    if (ids.length === 0) return new Map();
    const establishments = await this.companies.establishmentsOfCompanies(ids, manager);
    const offices = [...establishments.values()].flat().filter((establishment) => establishment.kind === 'representative_office');
    if (!offices.length) return new Map();
    const officeIds = new Set(offices.map((establishment) => establishment.id));
    const rows = await manager.find(TradeRegistration, {
      where: { companyId: In([...new Set(offices.map((office) => office.companyId))]), establishmentId: In([...officeIds]) },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    const latest = new Map<string, TradeRegistrationSummary>();
    for (const row of rows) if (!latest.has(row.companyId)) latest.set(row.companyId, summaryOf(row));
    return latest;
  }

  /**
   * `latestForMany` read as part of `batch`: the companies' representative offices and their
   * registrations are read side by side (one round of the batch), the latest picked here.
   */
  async latestForManyIn(companyIds: readonly string[], batch: StatementBatch): Promise<Map<string, TradeRegistrationSummary>> {
    const ids = [...new Set(companyIds.filter(isUuid))];
    if (ids.length === 0) return new Map();
    const [offices, rows] = await Promise.all([
      this.companies.representativeOfficeIdsOfMany(ids, batch),
      batch.rows<BatchedRegistration>(
        `SELECT id, company_id AS "companyId", establishment_id AS "establishmentId", status, registration_number AS "registrationNumber",
                wz_code AS "wzCode", wz_title AS "wzTitle", activity_description AS "activityDescription", start_date AS "startDate",
                submitted_at AS "submittedAt", registered_at AS "registeredAt", created_at AS "createdAt"
           FROM trade_registrations WHERE company_id = ANY($1::uuid[])`,
        [ids],
      ),
    ]);
    const newestFirst = rows
      .filter((row) => offices.has(row.establishmentId))
      .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (b.id < a.id ? -1 : b.id > a.id ? 1 : 0));
    const latest = new Map<string, TradeRegistrationSummary>();
    for (const row of newestFirst) {
      if (latest.has(row.companyId)) continue;
      latest.set(row.companyId, {
        id: row.id,
        companyId: row.companyId,
        establishmentId: row.establishmentId,
        status: row.status,
        registrationNumber: row.registrationNumber,
        wzCode: row.wzCode ?? '',
        wzTitle: row.wzTitle ?? '',
        activityDescription: row.activityDescription,
        startDate: row.startDate ?? '',
        submittedAt: dateOf(row.submittedAt),
        registeredAt: dateOf(row.registeredAt),
      });
    }
    return latest;
  }
}

interface BatchedRegistration {
  id: string;
  companyId: string;
  establishmentId: string;
  status: TradeRegistrationSummary['status'];
  registrationNumber: string | null;
  wzCode: string | null;
  wzTitle: string | null;
  activityDescription: string;
  startDate: string | null;
  submittedAt: string | null;
  registeredAt: string | null;
  createdAt: string;
}
