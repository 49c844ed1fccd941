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

/** Appointments' personal data: one's bookings (and, for staff, their hours and time off). */
@PersonalData()
@Injectable()
export class AppointmentsPersonalData implements PersonalDataSource {
  readonly domain = 'appointments';

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async export(accountId: string): Promise<Record<string, unknown>> {
    const bookings = await this.dataSource.query(
      `SELECT b.id, s.names->>'de' AS service, b.channel, b.status, b.starts_at AS "startsAt", b.ends_at AS "endsAt",
              b.booker_time_zone AS "timeZone", b.visit_address AS "visitAddress", b.on_behalf_of_name AS "onBehalfOf",
              b.consent_recorded_at AS "consentRecordedAt", b.created_at AS "bookedAt"
         FROM appointment_bookings b JOIN appointment_services s ON s.id = b.service_id
        WHERE b.booker_account_id = $1 ORDER BY b.starts_at`,
      [accountId],
    );
    const openingHours = await this.dataSource.query(
      'SELECT office, weekday, starts_minute AS "startsMinute", ends_minute AS "endsMinute" FROM appointment_opening_hours WHERE staff_account_id = $1',
      [accountId],
    );
    const timeOff = await this.dataSource.query(
      'SELECT office, starts_at AS "startsAt", ends_at AS "endsAt", reason FROM appointment_time_off WHERE staff_account_id = $1',
      [accountId],
    );
    return { bookings, openingHours, timeOff };
  }

  /** One's bookings, hours and time off go; bookings others made with this staff member stay theirs (kept). */
  async erase(accountId: string, manager: EntityManager): Promise<ErasureReport> {
    const report = emptyReport();
    report.deleted.appointment_bookings = affectedRows(
      await manager.query('DELETE FROM appointment_bookings WHERE booker_account_id = $1', [accountId]),
    );
    report.deleted.appointment_opening_hours = affectedRows(
      await manager.query('DELETE FROM appointment_opening_hours WHERE staff_account_id = $1', [accountId]),
    );
    report.deleted.appointment_time_off = affectedRows(
      await manager.query('DELETE FROM appointment_time_off WHERE staff_account_id = $1', [accountId]),
    );
    const [{ count }] = (await manager.query('SELECT count(*)::int AS count FROM appointment_bookings WHERE staff_account_id = $1', [
      accountId,
    ])) as {
      count: number;
    }[];
    if (count > 0) report.kept.appointment_bookings = count;
    return report;
  }

  subjects(): Promise<PersonalSubject[]> {
    return Promise.resolve([]);
  }
}
