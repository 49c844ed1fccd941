import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../common/audit/audit.service.js';
import { isStaff, type Actor } from '../common/auth/actor.js';
import type { ErasureReport } from '../common/personal-data/personal-data-source.js';
import { IdentityPersonalData } from '../identity/index.js';
import { PersonalDataSources } from './personal-data-sources.js';
import { PrivacyException } from './privacy.exception.js';

export interface PersonalDataExport {
  generatedAt: string;
  accountId: string;
  domains: Record<string, Record<string, unknown>>;
}

/** Art. 15 and Art. 17 GDPR for the signed-in person, over every domain's personal data source. */
@Injectable()
export class PrivacyService {
  private readonly logger = new Logger('Privacy');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sources: PersonalDataSources,
    private readonly identity: IdentityPersonalData,
    private readonly audit: AuditService,
  ) {}

  /** Everything every domain holds about the caller; only ever the caller's own account. */
  async exportOwn(actor: Actor): Promise<PersonalDataExport> {
    const domains: Record<string, Record<string, unknown>> = {};
    for (const source of this.sources.all()) domains[source.domain] = await source.export(actor.accountId);
    await this.audit.record({
      action: 'privacy.data_exported',
      actorAccountId: actor.accountId,
      subjectType: 'account',
      subjectId: actor.accountId,
    });
    return { generatedAt: new Date().toISOString(), accountId: actor.accountId, domains };
  }

  /**
   * Erases the caller's account after re-authentication, in one transaction over every domain:
   * all of it or nothing. What the law requires the city to keep stays, pseudonymised.
   */
  async eraseOwn(actor: Actor, password: string): Promise<Record<string, ErasureReport>> {
    if (isStaff(actor)) throw PrivacyException.staffCannotErase();
    await this.identity.confirmPassword(actor, password);
    for (const source of this.sources.all()) await source.prepareErasure?.(actor.accountId);
    const reports = await this.dataSource.transaction(async (manager) => {
      const done: Record<string, ErasureReport> = {};
      for (const source of this.sources.all()) done[source.domain] = await source.erase(actor.accountId, manager);
      await this.audit.record(
        {
          action: 'privacy.account_erased',
          actorAccountId: actor.accountId,
          subjectType: 'account',
          subjectId: actor.accountId,
          details: Object.fromEntries(
            Object.entries(done).map(([domain, { deleted, anonymised, kept }]) => [domain, { deleted, anonymised, kept }]),
          ),
        },
        manager,
      );
      return done;
    });
    for (const [domain, report] of Object.entries(reports)) {
      await report.afterCommit?.().catch((error: unknown) => this.logger.error({ err: error, domain }, 'after erasure'));
    }
    return reports;
  }
}
