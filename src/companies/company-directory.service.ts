import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { DomainException } from '../common/errors/domain.exception.js';
import { isUuid } from '../common/ids/is-uuid.js';
import type { StatementBatch } from '../common/loaders/statement-batch.js';
import { CompanyDocumentStorage } from './company-document-storage.js';
import type { EstablishmentKind, RepresentativeRole } from './company-enums.js';
import { CompanyRegisterExtract } from './entities/company-register-extract.entity.js';
import { CompanyRepresentative } from './entities/company-representative.entity.js';
import { Company } from './entities/company.entity.js';
import { Establishment } from './entities/establishment.entity.js';

export interface CompanyProfile {
  id: string;
  legalName: string;
  legalForm: string;
  countryCode: string;
  registerName: string | null;
  registerNumber: string | null;
  vatId: string | null;
  headOffice: { street: string; postcode: string; city: string; countryCode: string };
  website: string | null;
  mainActivity: string;
  createdAt: Date;
}

export interface EstablishmentSummary {
  id: string;
  companyId: string;
  kind: 'representative_office' | 'branch' | 'subsidiary';
  status: string;
  businessAddressLines: string[] | null;
  createdAt: Date;
}

export interface RepresentativeSummary {
  accountId: string;
  role: 'owner' | 'managing_director' | 'authorised_representative';
  since: Date;
}

export function profileOf(company: Company): CompanyProfile {
  return {
    id: company.id,
    legalName: company.legalName,
    legalForm: company.legalForm,
    countryCode: company.countryCode,
    registerName: company.registerName,
    registerNumber: company.registerNumber,
    vatId: company.vatId,
    headOffice: {
      street: company.headOfficeStreet,
      postcode: company.headOfficePostcode,
      city: company.headOfficeCity,
      countryCode: company.headOfficeCountryCode,
    },
    website: company.website,
    mainActivity: company.mainActivity,
    createdAt: company.createdAt,
  };
}

export function establishmentSummaryOf(row: Establishment): EstablishmentSummary {
  return {
    id: row.id,
    companyId: row.companyId,
    kind: row.kind as EstablishmentKind,
    status: row.status,
    businessAddressLines: row.businessAddressLines,
    createdAt: row.createdAt,
  };
}

/**
 * Company data for other domains (trade registration, banking, PKI, messaging). No authorization
 * here: callers check access with CompanyAccess first.
 */
@Injectable()
export class CompanyDirectory {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: CompanyDocumentStorage,
  ) {}

  async profile(companyId: string, manager: EntityManager = this.dataSource.manager): Promise<CompanyProfile> {
    const company = isUuid(companyId) ? await manager.findOneBy(Company, { id: companyId }) : null;
    if (!company) throw DomainException.notFound();
    return profileOf(company);
  }

  async profiles(companyIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, CompanyProfile>> {
    const ids = companyIds.filter(isUuid);
    const rows = ids.length ? await manager.findBy(Company, { id: In(ids) }) : [];
    return new Map(rows.map((row) => [row.id, profileOf(row)]));
  }

  /** Which of these accounts represent at least one company (one statement). */
  async representingAccounts(accountIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Set<string>> {
    if (accountIds.length === 0) return new Set();
    const rows = await manager
      .createQueryBuilder(CompanyRepresentative, 'r')
      .select('DISTINCT r.accountId', 'accountId')
      .where('r.accountId IN (:...ids)', { ids: [...new Set(accountIds)] })
      .getRawMany<{ accountId: string }>();
    return new Set(rows.map((row) => row.accountId));
  }

  /** Every account that represents a company, ordered (for fan-out to company audiences). */
  async representativeAccountIds(manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows = await manager
      .createQueryBuilder(CompanyRepresentative, 'r')
      .select('DISTINCT r.accountId', 'accountId')
      .orderBy('r.accountId')
      .getRawMany<{ accountId: string }>();
    return rows.map((row) => row.accountId);
  }

  async representatives(companyId: string, manager: EntityManager = this.dataSource.manager): Promise<RepresentativeSummary[]> {
    if (!isUuid(companyId)) return [];
    const rows = await manager.find(CompanyRepresentative, { where: { companyId }, order: { since: 'ASC' } });
    return rows.map((row) => ({ accountId: row.accountId, role: row.role as RepresentativeRole, since: row.since }));
  }

  async establishments(companyId: string, manager: EntityManager = this.dataSource.manager): Promise<EstablishmentSummary[]> {
    if (!isUuid(companyId)) return [];
    const rows = await manager.find(Establishment, { where: { companyId }, order: { createdAt: 'ASC' } });
    return rows.map(establishmentSummaryOf);
  }

  /** The establishments of many companies in one query, oldest first per company; companies without any are missing. */
  async establishmentsOfCompanies(
    companyIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, EstablishmentSummary[]>> {
    const ids = [...new Set(companyIds.filter(isUuid))];
    if (ids.length === 0) return new Map();
    const rows = await manager.find(Establishment, { where: { companyId: In(ids) }, order: { createdAt: 'ASC' } });
    const byCompany = new Map<string, EstablishmentSummary[]>();
    for (const row of rows) byCompany.set(row.companyId, [...(byCompany.get(row.companyId) ?? []), establishmentSummaryOf(row)]);
    return byCompany;
  }

  /** The ids of the representative offices (closed ones included) of many companies, read as part of `batch`. */
  async representativeOfficeIdsOfMany(companyIds: readonly string[], batch: StatementBatch): Promise<Set<string>> {
    const ids = [...new Set(companyIds.filter(isUuid))];
    if (ids.length === 0) return new Set();
    const rows = await batch.rows<{ id: string }>(
      `SELECT id FROM establishments WHERE company_id = ANY($1::uuid[]) AND kind = 'representative_office'`,
      [ids],
    );
    return new Set(rows.map((row) => row.id));
  }

  async establishment(establishmentId: string, manager: EntityManager = this.dataSource.manager): Promise<EstablishmentSummary | null> {
    if (!isUuid(establishmentId)) return null;
    const row = await manager.findOneBy(Establishment, { id: establishmentId });
    return row ? establishmentSummaryOf(row) : null;
  }

  async registerExtract(
    companyId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ fileName: string; contentType: string; sizeBytes: number; sha256: string; read: () => Promise<Buffer> } | null> {
    if (!isUuid(companyId)) return null;
    const row = await manager.findOneBy(CompanyRegisterExtract, { companyId });
    if (!row) return null;
    return {
      fileName: row.fileName,
      contentType: row.mediaType,
      sizeBytes: row.sizeBytes,
      sha256: row.sha256,
      read: () => this.storage.read(row.storageKey),
    };
  }
}
