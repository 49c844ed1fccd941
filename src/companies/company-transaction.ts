import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { LocalQueue } from '../database/local-queue.js';
import { Company } from './entities/company.entity.js';

/**
 * Changes to one company (its representatives, invitations, establishments, register extract) are
 * serialised by a row lock on the company. Work on the same company in this process queues in
 * memory first, so a burst of requests for one company holds one pool connection, not one each
 * while they wait for the lock; the row lock still decides across processes.
 */
@Injectable()
export class CompanyTransaction {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: LocalQueue,
  ) {}

  run<T>(companyId: string, work: (manager: EntityManager, company: Company) => Promise<T>): Promise<T> {
    return this.queue.run(`company:${companyId}`, () =>
      this.dataSource.transaction(async (manager) => {
        const company = await manager.findOneOrFail(Company, { where: { id: companyId }, lock: { mode: 'pessimistic_write' } });
        return work(manager, company);
      }),
    );
  }
}
