import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** The venue's offers as the partner API shows them (with their translations: language code → title, description, conditions). */
@Injectable()
export class PartnerOffersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  offersOf(venueId: string) {
    return this.dataSource.query(
      `SELECT id, title_de AS "titleDe", title_en AS "titleEn", description_de AS "descriptionDe", description_en AS "descriptionEn",
              discount_percent AS "discountPercent", fixed_price_cents AS "fixedPriceCents", categories,
              to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(valid_until, 'YYYY-MM-DD') AS "validUntil",
              conditions_de AS "conditionsDe", conditions_en AS "conditionsEn", translations
         FROM offers WHERE venue_id = $1 ORDER BY created_at`,
      [venueId],
    );
  }
}
