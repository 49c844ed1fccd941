import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service.js';
import { isStaff, type Actor } from '../../common/auth/actor.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { JobQueue } from '../../common/jobs/job-queue.js';
import { decodeCursor, encodeCursor } from '../../common/pagination/cursor.js';
import { EMAIL_QUEUE } from './email-delivery.service.js';
import { OutboxEmail, OutboxEmailStatus } from './outbox-email.entity.js';
import { OutboxRenderer } from './outbox-renderer.js';

/** Staff's view of the outbox: what could not be delivered, and sending it again. */
@Injectable()
export class OutboxAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly audit: AuditService,
    private readonly renderer: OutboxRenderer,
  ) {}

  async list(actor: Actor, status: OutboxEmailStatus | undefined, first: number, after?: string) {
    if (!isStaff(actor)) throw DomainException.forbidden();
    const query = this.dataSource.manager
      .createQueryBuilder(OutboxEmail, 'e')
      .orderBy('e.created_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .take(first + 1);
    if (status) query.andWhere('e.status = :status', { status });
    if (after) {
      const { createdAt, id } = decodeCursor(after);
      // Cursors carry milliseconds; PostgreSQL keeps microseconds.
      query.andWhere("(date_trunc('milliseconds', e.created_at), e.id) < (:createdAt, :id)", { createdAt, id });
    }
    const rows = await query.getMany();
    const page = rows.slice(0, first);
    // An e-mail not sent yet has no subject of its own: it shows the one it would go out with now.
    const previews = await this.renderer.preview(page.filter((row) => row.subject === null));
    const items = page.map((row) => ({
      ...row,
      subject: row.subject ?? previews.get(row.id)?.subject ?? '',
      cursor: encodeCursor({ createdAt: row.createdAt.toISOString(), id: row.id }),
    }));
    return { items, hasNextPage: rows.length > first };
  }

  async retry(actor: Actor, id: string): Promise<OutboxEmail> {
    if (!isStaff(actor)) throw DomainException.forbidden();
    return this.dataSource.transaction(async (manager) => {
      const email = await manager.findOne(OutboxEmail, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!email) throw DomainException.notFound();
      if (email.status !== OutboxEmailStatus.failed)
        throw new DomainException(ErrorCode.CONFLICT, 'notifications.email_not_failed', { reason: 'EMAIL_NOT_FAILED' });
      await manager.update(OutboxEmail, { id }, { status: OutboxEmailStatus.pending, lastError: null });
      await this.jobs.enqueue(manager, EMAIL_QUEUE, { outboxId: id });
      await this.audit.record(
        { action: 'outbox.email_retried', actorAccountId: actor.accountId, subjectType: 'outbox_email', subjectId: id },
        manager,
      );
      const subject = email.subject ?? (await this.renderer.preview([email])).get(email.id)?.subject ?? '';
      return { ...email, subject, status: OutboxEmailStatus.pending, lastError: null };
    });
  }
}
