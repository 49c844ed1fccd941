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
} from '../common/personal-data/personal-data-source.js';

/**
 * Consultations' personal data: one's "talk now" requests (as caller), the calls one took and one's
 * duty (as staff). Video rooms, signals and chat are relayed only and never stored.
 */
@PersonalData()
@Injectable()
export class ConsultationsPersonalData implements PersonalDataSource {
  readonly domain = 'consultations';

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async export(accountId: string): Promise<Record<string, unknown>> {
    const [talkNowRequests, talkNowCallsTaken, talkNowDuty] = await Promise.all([
      this.dataSource.query(
        `SELECT id, office, status, requested_at AS "requestedAt", taken_at AS "takenAt", ended_at AS "endedAt"
           FROM consultation_talk_now_requests WHERE caller_account_id = $1 ORDER BY requested_at`,
        [accountId],
      ),
      this.dataSource.query(
        `SELECT id, office, status, taken_at AS "takenAt", ended_at AS "endedAt"
           FROM consultation_talk_now_requests WHERE staff_account_id = $1 ORDER BY taken_at`,
        [accountId],
      ),
      this.dataSource.query('SELECT office, last_seen_at AS "lastSeenAt" FROM consultation_talk_now_duty WHERE staff_account_id = $1', [
        accountId,
      ]),
    ]);
    return { talkNowRequests, talkNowCallsTaken, talkNowDuty };
  }

  /** One's requests and duty go; calls one took as staff stay the callers' (kept). */
  async erase(accountId: string, manager: EntityManager): Promise<ErasureReport> {
    const report = emptyReport();
    report.deleted.consultation_talk_now_requests = affectedRows(
      await manager.query('DELETE FROM consultation_talk_now_requests WHERE caller_account_id = $1', [accountId]),
    );
    report.deleted.consultation_talk_now_duty = affectedRows(
      await manager.query('DELETE FROM consultation_talk_now_duty WHERE staff_account_id = $1', [accountId]),
    );
    const [{ count }] = (await manager.query(
      'SELECT count(*)::int AS count FROM consultation_talk_now_requests WHERE staff_account_id = $1',
      [accountId],
    )) as { count: number }[];
    if (count > 0) report.kept.consultation_talk_now_requests = count;
    return report;
  }

  subjects(): Promise<PersonalSubject[]> {
    return Promise.resolve([]);
  }
}
