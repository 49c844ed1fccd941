import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  affectedRows,
  emptyReport,
  PersonalData,
  type ErasureReport,
  type PersonalDataSource,
  type PersonalSubject,
  type RetentionPeriods,
} from '../common/personal-data/personal-data-source.js';

/** Notifications' personal data: in-app notifications and the e-mails sent (or still to send) to the account. */
@PersonalData()
@Injectable()
export class NotificationsPersonalData implements PersonalDataSource {
  readonly domain = 'notifications';

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async export(accountId: string): Promise<Record<string, unknown>> {
    const inApp = await this.dataSource.query(
      `SELECT kind, params, link, read_at AS "readAt", created_at AS "createdAt"
         FROM in_app_notifications WHERE account_id = $1 ORDER BY created_at`,
      [accountId],
    );
    const emails = await this.dataSource.query(
      `SELECT recipient, template, language, status, sent_at AS "sentAt", created_at AS "createdAt"
         FROM outbox_emails WHERE account_id = $1 ORDER BY created_at`,
      [accountId],
    );
    return { inAppNotifications: inApp, emails };
  }

  async erase(accountId: string, manager: EntityManager): Promise<ErasureReport> {
    const report = emptyReport();
    report.deleted.in_app_notifications = affectedRows(
      await manager.query('DELETE FROM in_app_notifications WHERE account_id = $1', [accountId]),
    );
    report.deleted.outbox_emails = affectedRows(await manager.query('DELETE FROM outbox_emails WHERE account_id = $1', [accountId]));
    return report;
  }

  subjects(): Promise<PersonalSubject[]> {
    return Promise.resolve([]);
  }

  /** In-app notifications and e-mails no longer pending, older than `notificationDays`. */
  async purgeExpired(now: Date, periods: RetentionPeriods): Promise<number> {
    const params = [now, periods.notificationDays];
    const [, inApp] = await this.dataSource.query(
      'DELETE FROM in_app_notifications WHERE created_at < $1::timestamptz - make_interval(days => $2)',
      params,
    );
    const [, emails] = await this.dataSource.query(
      `DELETE FROM outbox_emails WHERE status <> 'pending' AND created_at < $1::timestamptz - make_interval(days => $2)`,
      params,
    );
    return Number(inApp ?? 0) + Number(emails ?? 0);
  }
}
