import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '../common/ids/is-uuid.js';
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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The most recently started registration of the company (any status), or null. */
  async latestFor(companyId: string, manager: EntityManager = this.dataSource.manager): Promise<TradeRegistrationSummary | null> {
    if (!isUuid(companyId)) return null;
    const found = await manager.findOne(TradeRegistration, { where: { companyId }, order: { createdAt: 'DESC', id: 'DESC' } });
    return found ? summaryOf(found) : null;
  }
}
