import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccountDirectory } from '../../identity/index.js';
import { NewsArticle } from './news.entities.js';
import { NewsTopic } from './news-enums.js';

export const DEMO_NEWS_AUTHOR_EMAIL = 'kommunikation@demo.bochum-eresidency.example';

/** Fixed ids, so that seeding again adds nothing. */
const DEMO_ARTICLES: Pick<NewsArticle, 'id' | 'titleDe' | 'teaserDe' | 'bodyDe' | 'translations' | 'topic' | 'audience' | 'isPublic'>[] = [
  {
    id: '3d6f2a8e-5b1c-4c7e-9a2d-6e1f0b4c8a01',
    titleDe: 'Willkommen, virtuelle Bürgerinnen und Bürger!',
    teaserDe: 'Bochum hat jetzt eine e-Residency. Was Sie damit tun können.',
    bodyDe:
      'Mit der **e-Residency** bleiben Sie mit Bochum verbunden, wo immer Sie wohnen.\n\n- Ermäßigungen bei Partnern mit dem Bürgerausweis\n- Veranstaltungen für virtuelle Bürgerinnen und Bürger\n- Umfragen: Sagen Sie uns, was Sie sich wünschen\n\nMehr auf [bochum.de](https://www.bochum.de).',
    translations: {
      en: {
        title: 'Welcome, virtual citizens!',
        teaser: 'Bochum now has an e-Residency. What you can do with it.',
        body: 'With the **e-Residency** you stay connected to Bochum, wherever you live.\n\n- Discounts at partners with your citizen card\n- Events for virtual citizens\n- Surveys: tell us what you wish for\n\nMore at [bochum.de](https://www.bochum.de).',
      },
    },
    topic: NewsTopic.city_life,
    audience: { residents: true, categories: [], districts: [], companies: false },
    isPublic: true,
  },
  {
    id: '3d6f2a8e-5b1c-4c7e-9a2d-6e1f0b4c8a02',
    titleDe: 'Zurück nach Bochum: Beratung für Rückkehrende',
    teaserDe: 'Die Stadt berät ehemalige Bochumerinnen und Bochumer, die zurückziehen möchten.',
    bodyDe:
      'Sie haben früher in Bochum gewohnt und denken über eine Rückkehr nach? Das Bürgerbüro berät Sie zu Wohnen, Arbeit und Kinderbetreuung, auch per Video.',
    translations: {
      en: {
        title: 'Back to Bochum: advice for returners',
        teaser: 'The city advises former residents who would like to move back.',
        body: 'You used to live in Bochum and are thinking about coming back? The citizens’ office advises you on housing, work and childcare, also by video.',
      },
    },
    topic: NewsTopic.city_life,
    audience: {
      residents: true,
      categories: ['former_resident'] as NewsArticle['audience']['categories'],
      districts: [],
      companies: false,
    },
    isPublic: false,
  },
];

/** Two published demo articles (one public, one for former residents), so that `npm start` shows news. Idempotent. */
@Injectable()
export class NewsDemoSeed {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountDirectory,
  ) {}

  async seed(now = new Date()): Promise<void> {
    const author = await this.accounts.contactByEmail(DEMO_NEWS_AUTHOR_EMAIL);
    if (!author) return;
    const inserted = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(NewsArticle)
      .values(DEMO_ARTICLES.map((article) => ({ ...article, publishAt: now, publishedAt: now, createdByAccountId: author.id })))
      .orIgnore()
      .returning(['id'])
      .execute();
    if ((inserted.raw as unknown[]).length > 0) this.logger.log(`${(inserted.raw as unknown[]).length} demo news articles published`);
  }
}
