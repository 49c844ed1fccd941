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
import { EventsService } from './events/events.service.js';

/** Tables of participation that name the account besides event registrations; survey answers themselves are stored without it. */
const ACCOUNT_TABLES = [
  'survey_participations',
  'news_email_preferences',
  'news_unsubscribe_tokens',
  'news_email_deliveries',
  'news_digest_deliveries',
] as const;

/** Participation's personal data: event registrations, which surveys one took part in, news e-mail choices. */
@PersonalData()
@Injectable()
export class ParticipationPersonalData implements PersonalDataSource {
  readonly domain = 'participation';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsService,
  ) {}

  async export(accountId: string): Promise<Record<string, unknown>> {
    const eventRegistrations = await this.dataSource.query(
      `SELECT e.title_de AS event, e.starts_at AS "startsAt", r.status, r.created_at AS "registeredAt"
         FROM participation_event_registrations r JOIN participation_events e ON e.id = r.event_id
        WHERE r.account_id = $1 ORDER BY r.created_at`,
      [accountId],
    );
    const surveys = await this.dataSource.query(
      `SELECT s.title_de AS survey, p.participated_on AS "participatedOn"
         FROM survey_participations p JOIN surveys s ON s.id = p.survey_id WHERE p.account_id = $1 ORDER BY p.participated_on`,
      [accountId],
    );
    const newsEmailPreferences = await this.dataSource.query(
      'SELECT topic, mode FROM news_email_preferences WHERE account_id = $1 ORDER BY topic',
      [accountId],
    );
    return { eventRegistrations, surveys, newsEmailPreferences };
  }

  async erase(accountId: string, manager: EntityManager): Promise<ErasureReport> {
    const report = emptyReport();
    // Seats the person held go to the waiting list, as when they cancel.
    report.deleted.participation_event_registrations = await this.events.removeRegistrationsOfErasedAccount(manager, accountId);
    for (const table of ACCOUNT_TABLES) {
      report.deleted[table] = affectedRows(await manager.query(`DELETE FROM ${table} WHERE account_id = $1`, [accountId]));
    }
    return report;
  }

  subjects(): Promise<PersonalSubject[]> {
    return Promise.resolve([]);
  }
}
