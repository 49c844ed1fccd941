import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service.js';
import type { Actor } from '../../common/auth/actor.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { JobQueue } from '../../common/jobs/job-queue.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { CompaniesException, companyField } from '../companies.exception.js';
import { CompanyAccess } from '../company-access.service.js';
import { viesTarget } from '../company-rules.js';
import { CompanyTransaction } from '../company-transaction.js';
import { CompanyVatCheck, VatCheckStatus } from './company-vat-check.entity.js';
import { ViesClient, type ViesAnswer } from './vies-client.js';

export const VAT_RECHECK_QUEUE = 'companies.vat-recheck';

interface RecheckJob {
  companyId: string;
  vatId: string;
}

/** A stored check's VAT id always starts with the prefix VIES knows it by (EL, XI, …). */
const storedTarget = (vatId: string) => ({ countryCode: vatId.slice(0, 2), vatNumber: vatId.slice(2) });

/** An answer from VIES for a VAT id, asked before the company's transaction (no transaction waits for VIES). */
export interface VatAnswer {
  vatId: string;
  answer: ViesAnswer;
}

/**
 * The VIES check of a company's VAT id: asked when the VAT id is set, stored with the company, and
 * when VIES cannot answer the company is saved with the check pending, retried by a job with growing
 * delays and on "check again". An id VIES does not know is refused when it is entered; one that
 * turns out unknown on a retry is stored as invalid for the founder and staff to see.
 */
@Injectable()
export class CompanyVatChecks implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vies: ViesClient,
    private readonly jobs: JobQueue,
    private readonly access: CompanyAccess,
    private readonly companyTransaction: CompanyTransaction,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<RecheckJob>(VAT_RECHECK_QUEUE, async ({ data }) => this.retry(data), { retryLimit: 3, retryDelaySeconds: 60 });
  }

  /**
   * Asks VIES about a VAT id about to be stored (null when VIES does not cover the country). Refuses
   * one that VIES says is not valid, with a field error.
   */
  async ask(vatId: string | null, countryCode: string): Promise<VatAnswer | null> {
    const target = vatId ? viesTarget(vatId, countryCode) : null;
    if (!vatId || !target) return null;
    const answer = await this.vies.check(target);
    if (answer.outcome === 'invalid') throw CompaniesException.invalid([companyField('vatId', 'vies', 'companies.vat_vies_invalid')]);
    return { vatId, answer };
  }

  /** Stores the check of the company's new VAT id in the caller's transaction (replacing an older one). */
  async record(manager: EntityManager, companyId: string, vatId: string | null, asked: VatAnswer | null): Promise<void> {
    await manager.delete(CompanyVatCheck, { companyId });
    if (!vatId || !asked || asked.vatId !== vatId) return;
    const check = manager.create(CompanyVatCheck, { companyId, vatId, status: VatCheckStatus.pending, attempts: 0 });
    await this.apply(manager, check, asked.answer);
  }

  /** The checks of companies the caller was already allowed to read (for the Company.vatCheck field). */
  async ofCompanies(companyIds: readonly string[]): Promise<Map<string, CompanyVatCheck>> {
    const rows = await this.dataSource.manager.findBy(CompanyVatCheck, { companyId: In([...companyIds]) });
    return new Map(rows.map((row) => [row.companyId, row]));
  }

  /** "Check again": representatives and staff of economic development, for a pending or invalid check. */
  async recheck(actor: Actor, companyId: string): Promise<CompanyVatCheck> {
    await this.access.requireReader(actor, companyId);
    const current = await this.dataSource.manager.findOneBy(CompanyVatCheck, { companyId });
    if (!current) throw new CompaniesException(ErrorCode.CONFLICT, 'companies.vat_check_none', { reason: 'NO_VAT_CHECK' });
    if (current.status === VatCheckStatus.valid) {
      throw new CompaniesException(ErrorCode.CONFLICT, 'companies.vat_check_done', { reason: 'VAT_CHECK_DONE' });
    }
    const waitSeconds = this.secondsUntilRecheck(current);
    if (waitSeconds > 0) {
      throw new CompaniesException(ErrorCode.CONFLICT, 'companies.vat_check_too_soon', {
        reason: 'VAT_CHECK_TOO_SOON',
        params: { seconds: waitSeconds },
      });
    }
    const answer = await this.vies.check(storedTarget(current.vatId));
    return this.companyTransaction.run(companyId, async (manager, locked) => {
      const check = await manager.findOneBy(CompanyVatCheck, { companyId });
      if (!check || check.vatId !== locked.vatId || check.vatId !== current.vatId) throw CompaniesException.vatChanged();
      await this.apply(manager, check, answer);
      await this.audit.record(
        {
          action: 'company.vat_rechecked',
          actorAccountId: actor.accountId,
          subjectType: 'company',
          subjectId: companyId,
          details: { status: check.status, error: check.lastError },
        },
        manager,
      );
      return check;
    });
  }

  /** Seconds until "check again" is allowed (0: now). */
  secondsUntilRecheck(check: CompanyVatCheck): number {
    if (!check.lastAttemptAt) return 0;
    const allowedAt = check.lastAttemptAt.getTime() + this.config.companies.vies.recheckMinSeconds * 1000;
    return Math.max(0, Math.ceil((allowedAt - Date.now()) / 1000));
  }

  /** The automatic retry: only while the same VAT id is still pending. */
  private async retry(job: RecheckJob): Promise<void> {
    const current = await this.dataSource.manager.findOneBy(CompanyVatCheck, { companyId: job.companyId });
    if (!current || current.vatId !== job.vatId || current.status !== VatCheckStatus.pending) return;
    // Only the attempt planned last runs: an older job (a "check again" planned a later one, or none) does nothing.
    if (!current.nextAttemptAt || current.nextAttemptAt.getTime() > Date.now() + 5000) return;
    const answer = await this.vies.check(storedTarget(current.vatId));
    await this.companyTransaction.run(job.companyId, async (manager, company) => {
      const check = await manager.findOneBy(CompanyVatCheck, { companyId: job.companyId });
      if (!check || check.vatId !== job.vatId || company.vatId !== job.vatId || check.status !== VatCheckStatus.pending) return;
      await this.apply(manager, check, answer);
    });
  }

  /** Writes an answer into the check; an unanswered attempt keeps a decided status and plans the next automatic attempt. */
  private async apply(manager: EntityManager, check: CompanyVatCheck, answer: ViesAnswer): Promise<void> {
    const now = new Date();
    check.attempts += 1;
    check.lastAttemptAt = now;
    check.nextAttemptAt = null;
    if (answer.outcome === 'unavailable') {
      check.lastError = answer.error;
      const { retryAttempts, retryDelaySeconds } = this.config.companies.vies;
      if (check.status === VatCheckStatus.pending && check.attempts <= retryAttempts) {
        const delaySeconds = Math.min(retryDelaySeconds * 2 ** (check.attempts - 1), 7 * 86_400);
        check.nextAttemptAt = new Date(now.getTime() + delaySeconds * 1000);
      }
    } else {
      check.status = answer.outcome === 'valid' ? VatCheckStatus.valid : VatCheckStatus.invalid;
      check.registeredName = answer.name;
      check.registeredAddress = answer.address;
      check.requestIdentifier = answer.requestIdentifier;
      check.checkedAt = answer.requestDate;
      check.lastError = null;
    }
    await manager.save(check);
    if (check.nextAttemptAt) {
      await this.jobs.enqueue<RecheckJob>(
        manager,
        VAT_RECHECK_QUEUE,
        { companyId: check.companyId, vatId: check.vatId },
        { startAfter: check.nextAttemptAt },
      );
    }
  }
}
