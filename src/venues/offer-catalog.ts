import { Injectable, Logger } from '@nestjs/common';
import { ClusterEvents, CLUSTER_RECONNECTED_CHANNEL } from '../common/cluster-events/index.js';
import { VENUE_OFFERS_CHANGED } from './venue-cluster-channels.js';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { OfferTranslations } from './offer-texts.js';

export interface CatalogOffer {
  id: string;
  titleDe: string;
  titleEn: string;
  translations: OfferTranslations;
  discountPercent: number | null;
  fixedPriceCents: number | null;
  categories: string[];
  validFrom: string;
  validUntil: string | null;
}

const TTL_MS = 30_000;

/**
 * Each venue's offers for the verification hot path: one small query per venue and half minute. A
 * change is applied at once in every process (cluster events).
 */
@Injectable()
export class OfferCatalog {
  private readonly logger = new Logger('OfferCatalog');
  private readonly venues = new Map<string, { loadedAt: number; offers: Promise<Map<string, CatalogOffer>> }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cluster: ClusterEvents,
  ) {
    cluster.subscribe(VENUE_OFFERS_CHANGED, (payload) => {
      if (typeof payload.venueId === 'string') this.venues.delete(payload.venueId);
    });
    cluster.subscribe(CLUSTER_RECONNECTED_CHANNEL, () => this.venues.clear());
  }

  /** The venue's offers changed (call it after the change committed): every process loads them again. */
  invalidate(venueId: string): void {
    this.venues.delete(venueId);
    this.cluster
      .publish(VENUE_OFFERS_CHANGED, { venueId })
      .catch((error: unknown) => this.logger.error({ err: error }, 'could not tell the other processes'));
  }

  async offer(venueId: string, offerId: string): Promise<CatalogOffer | undefined> {
    let entry = this.venues.get(venueId);
    if (!entry || Date.now() - entry.loadedAt > TTL_MS) {
      entry = { loadedAt: Date.now(), offers: this.load(venueId) };
      this.venues.set(venueId, entry);
      entry.offers.catch(() => this.venues.delete(venueId));
    }
    return (await entry.offers).get(offerId);
  }

  private async load(venueId: string): Promise<Map<string, CatalogOffer>> {
    const rows: CatalogOffer[] = await this.dataSource.query(
      `SELECT id, title_de AS "titleDe", title_en AS "titleEn", translations, discount_percent AS "discountPercent", fixed_price_cents AS "fixedPriceCents",
              categories, to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(valid_until, 'YYYY-MM-DD') AS "validUntil"
         FROM offers WHERE venue_id = $1`,
      [venueId],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }
}

/** Whether the offer is running on `day` (YYYY-MM-DD, Europe/Berlin). */
export function offerRunsOn(offer: Pick<CatalogOffer, 'validFrom' | 'validUntil'>, day: string): boolean {
  return offer.validFrom <= day && (offer.validUntil === null || day <= offer.validUntil);
}

const berlinDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

let today: { day: string; until: number } | undefined;

/** Today in Berlin (YYYY-MM-DD); formatted once a minute, as it runs on every verification. */
export function berlinToday(now = new Date()): string {
  const at = now.getTime();
  if (today && at < today.until && at >= today.until - 60_000) return today.day;
  const day = berlinDay.format(now);
  today = { day, until: at - (at % 60_000) + 60_000 };
  return day;
}
