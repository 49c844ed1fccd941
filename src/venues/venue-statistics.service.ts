import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isStaff, type Actor } from '../common/auth/actor.js';
import { VenueAccessService } from './venue-access.service.js';

export interface VenueStatistics {
  from: Date;
  perDay: { day: string; verifications: number; granted: number }[];
  perOffer: { offerId: string | null; titleDe: string; titleEn: string; verifications: number; granted: number }[];
  perCategory: { category: string; visitors: number }[];
  verifications: number;
  uniqueVisitors: number;
}

/**
 * Redemption statistics from the verification log: an operator sees their venue, staff one venue
 * or (without venueId) all of them. Visitors are counted by the per-venue pseudonym.
 */
@Injectable()
export class VenueStatisticsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: VenueAccessService,
  ) {}

  async statistics(actor: Actor, venueId: string | null | undefined, days: number): Promise<VenueStatistics> {
    const venues = !venueId && isStaff(actor) ? null : [await this.access.managedVenueId(actor, venueId)];
    const from = new Date(Date.now() - Math.min(Math.max(days, 1), 366) * 86_400_000);
    const params = [from, venues];
    const scope = `verified_at >= $1 AND ($2::uuid[] IS NULL OR venue_id = ANY($2::uuid[]))`;
    const [perDay, perOffer, perCategory, [totals]] = await Promise.all([
      this.dataSource.query(
        `SELECT to_char(verified_at AT TIME ZONE 'Europe/Berlin', 'YYYY-MM-DD') AS day, count(*)::int AS verifications,
                count(*) FILTER (WHERE valid AND eligible AND NOT repeated_presentation)::int AS granted
           FROM venue_verifications WHERE ${scope} GROUP BY 1 ORDER BY 1`,
        params,
      ),
      this.dataSource.query(
        `SELECT v.offer_id AS "offerId", coalesce(o.title_de, '') AS "titleDe", coalesce(o.title_en, '') AS "titleEn", count(*)::int AS verifications,
                count(*) FILTER (WHERE v.valid AND v.eligible AND NOT v.repeated_presentation)::int AS granted
           FROM venue_verifications v LEFT JOIN offers o ON o.id = v.offer_id
          WHERE ${scope.replace(/verified_at|venue_id/g, (column) => `v.${column}`)} GROUP BY 1, 2, 3 ORDER BY 4 DESC`,
        params,
      ),
      this.dataSource.query(
        `SELECT category, count(DISTINCT (venue_id, card_pseudonym))::int AS visitors
           FROM venue_verifications, unnest(categories) AS category
          WHERE ${scope} AND valid GROUP BY 1 ORDER BY 2 DESC`,
        params,
      ),
      this.dataSource.query(
        `SELECT count(*)::int AS verifications, count(DISTINCT (venue_id, card_pseudonym)) FILTER (WHERE card_pseudonym IS NOT NULL)::int AS "uniqueVisitors"
           FROM venue_verifications WHERE ${scope}`,
        params,
      ),
    ]);
    return { from, perDay, perOffer, perCategory, verifications: totals.verifications, uniqueVisitors: totals.uniqueVisitors };
  }
}
