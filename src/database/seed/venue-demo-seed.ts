import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export const DEMO_VENUE_OPERATOR_EMAIL = 'kasse.stadtbad@demo.bochum-eresidency.example';

type Seeded = {
  name: string;
  kind: string;
  address: string;
  district: string;
  openingHours: string;
  contact: string;
  offers: Omit<SeededOffer, 'venue'>[];
};
type SeededOffer = {
  titleDe: string;
  titleEn: string;
  descriptionDe: string;
  descriptionEn: string;
  discountPercent?: number;
  fixedPriceCents?: number;
  categories: string[];
  conditionsDe?: string;
  conditionsEn?: string;
};

const ALL = ['student', 'commuter', 'second_home', 'former_resident'];

const VENUES: Seeded[] = [
  {
    name: 'Stadtbad Bochum',
    kind: 'pool',
    address: 'Massenbergstraße 9, 44787 Bochum',
    district: 'bochum',
    openingHours: 'Mo–Fr 6:30–21:00, Sa–So 8:00–18:00',
    contact: 'stadtbad@wasserwelten-bochum.example',
    offers: [
      {
        titleDe: 'Ermäßigte Tageskarte',
        titleEn: 'Reduced day ticket',
        descriptionDe: 'Schwimmen zum Bochumer Tarif.',
        descriptionEn: 'Swim at the Bochum residents’ rate.',
        fixedPriceCents: 350,
        categories: ALL,
      },
      {
        titleDe: 'Zehnerkarte für Studierende',
        titleEn: 'Ten-visit card for students',
        descriptionDe: '20 % auf die Zehnerkarte.',
        descriptionEn: '20% off the ten-visit card.',
        discountPercent: 20,
        categories: ['student'],
      },
    ],
  },
  {
    name: 'Freibad Wattenscheid',
    kind: 'pool',
    address: 'Dickebankstraße 40, 44866 Bochum',
    district: 'wattenscheid',
    openingHours: 'Mai–September täglich 7:00–20:00',
    contact: 'freibad@wasserwelten-bochum.example',
    offers: [
      {
        titleDe: 'Sommer-Saisonkarte',
        titleEn: 'Summer season pass',
        descriptionDe: '25 % auf die Saisonkarte.',
        descriptionEn: '25% off the season pass.',
        discountPercent: 25,
        categories: ALL,
      },
    ],
  },
  {
    name: 'Schauspielhaus Bochum',
    kind: 'theatre',
    address: 'Königsallee 15, 44789 Bochum',
    district: 'bochum',
    openingHours: 'Theaterkasse Di–Sa 11:00–18:30',
    contact: 'tickets@schauspielhaus-bochum.example',
    offers: [
      {
        titleDe: 'Theaterkarte zum halben Preis',
        titleEn: 'Theatre ticket at half price',
        descriptionDe: '50 % auf Karten aller Preisgruppen.',
        descriptionEn: '50% off tickets in every price band.',
        discountPercent: 50,
        categories: ['student'],
        conditionsDe: 'Bis 27 Jahre, nach Verfügbarkeit.',
        conditionsEn: 'Up to age 27, subject to availability.',
      },
      {
        titleDe: 'Abendkasse für Pendler',
        titleEn: 'Box-office ticket for commuters',
        descriptionDe: 'Restkarten ab 30 Minuten vor Beginn.',
        descriptionEn: 'Remaining seats from 30 minutes before curtain.',
        fixedPriceCents: 1200,
        categories: ['commuter', 'second_home', 'former_resident'],
      },
    ],
  },
  {
    name: 'Planetarium Bochum',
    kind: 'planetarium',
    address: 'Castroper Straße 67, 44791 Bochum',
    district: 'bochum',
    openingHours: 'Vorführungen Di–So',
    contact: 'info@planetarium-bochum.example',
    offers: [
      {
        titleDe: 'Ermäßigter Eintritt',
        titleEn: 'Reduced admission',
        descriptionDe: '30 % auf alle Vorführungen.',
        descriptionEn: '30% off every show.',
        discountPercent: 30,
        categories: ALL,
      },
    ],
  },
  {
    name: 'Kunstmuseum Bochum',
    kind: 'museum',
    address: 'Kortumstraße 147, 44787 Bochum',
    district: 'bochum',
    openingHours: 'Di–So 10:00–17:00, Mi bis 20:00',
    contact: 'kunstmuseum@bochum.example',
    offers: [
      {
        titleDe: 'Freier Eintritt',
        titleEn: 'Free admission',
        descriptionDe: 'Ständige Sammlung und Wechselausstellungen.',
        descriptionEn: 'Permanent collection and exhibitions.',
        discountPercent: 100,
        categories: ALL,
      },
    ],
  },
  {
    name: 'Deutsches Bergbau-Museum Bochum',
    kind: 'museum',
    address: 'Am Bergbaumuseum 28, 44791 Bochum',
    district: 'bochum',
    openingHours: 'Di–So 9:30–17:30',
    contact: 'besucherservice@bergbaumuseum.example',
    offers: [
      {
        titleDe: 'Ermäßigter Eintritt inkl. Anschauungsbergwerk',
        titleEn: 'Reduced admission incl. the show mine',
        descriptionDe: '40 % auf den Eintritt.',
        descriptionEn: '40% off admission.',
        discountPercent: 40,
        categories: ALL,
        conditionsDe: 'Anschauungsbergwerk ab 6 Jahren.',
        conditionsEn: 'Show mine from age 6.',
      },
    ],
  },
  {
    name: 'Tierpark + Fossilium Bochum',
    kind: 'zoo',
    address: 'Klinikstraße 49, 44791 Bochum',
    district: 'bochum',
    openingHours: 'Täglich 9:00–18:00 (Winter bis 16:30)',
    contact: 'info@tierpark-bochum.example',
    offers: [
      {
        titleDe: 'Jahreskarte günstiger',
        titleEn: 'Cheaper annual pass',
        descriptionDe: '20 % auf die Jahreskarte.',
        descriptionEn: '20% off the annual pass.',
        discountPercent: 20,
        categories: ALL,
      },
    ],
  },
  {
    name: 'Stadtbücherei Bochum',
    kind: 'library',
    address: 'Gustav-Heinemann-Platz 2–6, 44787 Bochum',
    district: 'bochum',
    openingHours: 'Di–Fr 10:00–19:00, Sa 10:00–14:00',
    contact: 'stadtbuecherei@bochum.example',
    offers: [
      {
        titleDe: 'Bibliotheksausweis zum Einwohnertarif',
        titleEn: 'Library card at the residents’ rate',
        descriptionDe: 'Jahresausweis für 10 €.',
        descriptionEn: 'Annual card for €10.',
        fixedPriceCents: 1000,
        categories: ALL,
      },
    ],
  },
];

/** Partner venues and offers of the demo city (idempotent: by venue name and offer title). */
@Injectable()
export class VenueDemoSeed {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async seed(): Promise<void> {
    for (const venue of VENUES) {
      await this.dataSource.query(
        `INSERT INTO venues (name, kind, address, district, opening_hours, contact) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (name) DO NOTHING`,
        [venue.name, venue.kind, venue.address, venue.district, venue.openingHours, venue.contact],
      );
      const [{ id }] = await this.dataSource.query('SELECT id FROM venues WHERE name = $1', [venue.name]);
      for (const offer of venue.offers) {
        await this.dataSource.query(
          `INSERT INTO offers (venue_id, title_de, title_en, description_de, description_en, discount_percent, fixed_price_cents, categories, valid_from, valid_until, conditions_de, conditions_en)
           SELECT $1::uuid, $2::varchar, $3::varchar, $4::varchar, $5::varchar, $6::int, $7::int, $8::text[], date_trunc('year', now())::date, NULL, $9::varchar, $10::varchar
            WHERE NOT EXISTS (SELECT 1 FROM offers WHERE venue_id = $1::uuid AND title_de = $2::varchar)`,
          [
            id,
            offer.titleDe,
            offer.titleEn,
            offer.descriptionDe,
            offer.descriptionEn,
            offer.discountPercent ?? null,
            offer.fixedPriceCents ?? null,
            offer.categories,
            offer.conditionsDe ?? '',
            offer.conditionsEn ?? '',
          ],
        );
      }
    }
    await this.dataSource.query(
      `INSERT INTO venue_operators (account_id, venue_id)
       SELECT a.id, v.id FROM accounts a, venues v WHERE a.email = $1 AND v.name = 'Stadtbad Bochum'
       ON CONFLICT DO NOTHING`,
      [DEMO_VENUE_OPERATOR_EMAIL],
    );
  }
}
