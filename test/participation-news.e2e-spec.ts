import { XMLParser, XMLValidator } from 'fast-xml-parser';
import request from 'supertest';
import { DEMO_NEWS_AUTHOR_EMAIL, NewsDemoSeed } from '../src/participation/news/news-demo-seed.js';
import { NewsMailer } from '../src/participation/news/news-mailer.service.js';
import { NewsService } from '../src/participation/news/news.service.js';
import { accountWithRoles, signedInAccount } from './support/accounts.js';
import { grantResidency } from './support/cards.js';
import { graphql } from './support/graphql.js';
import {
  ARTICLE_FIELDS,
  articleInput,
  CREATE_ARTICLE,
  NEWS_ARTICLE,
  NEWS_FEED,
  PUBLISH_ARTICLE,
  publishedArticle,
  SET_PREFERENCES,
  STAFF_ARTICLE_FIELDS,
} from './support/participation-news.js';
import { SAMPLE_PDF, SAMPLE_PNG } from './support/residency.js';
import { countedStatements } from './support/statements.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const UPDATE = `mutation($id: ID!, $input: NewsArticleInput!) { updateNewsArticle(id: $id, input: $input) { ${STAFF_ARTICLE_FIELDS} } }`;
const SCHEDULE = `mutation($input: ScheduleNewsArticleInput!) { scheduleNewsArticle(input: $input) { ${STAFF_ARTICLE_FIELDS} } }`;
const UNPUBLISH = `mutation($id: ID!) { unpublishNewsArticle(id: $id) { ${STAFF_ARTICLE_FIELDS} } }`;
const STAFF_LIST = `query($status: NewsStatus, $page: PageInput) { staffNewsArticles(status: $status, page: $page) { nodes { id status } pageInfo { hasNextPage endCursor } } }`;
const STAFF_ARTICLE = `query($id: ID!) { staffNewsArticle(id: $id) { ${STAFF_ARTICLE_FIELDS} } }`;
const PREVIEW = `query($id: ID!, $language: String!) { newsArticlePreview(id: $id, language: $language) { ${ARTICLE_FIELDS} } }`;
const PUBLIC_NEWS = `query($page: PageInput) { publicNews(page: $page) { nodes { ${ARTICLE_FIELDS} } pageInfo { hasNextPage endCursor } } }`;
const PUBLIC_ARTICLE = `query($id: ID!) { publicNewsArticle(id: $id) { ${ARTICLE_FIELDS} } }`;
const PREFERENCES = '{ myNewsEmailPreferences { topic mode } }';
const UNSUBSCRIBE = 'mutation($input: UnsubscribeFromNewsInput!) { unsubscribeFromNews(input: $input) }';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** Issue 15, part 1: city news for virtual citizens. */
describe('participation news', () => {
  let app: TestApp;
  let staff: Awaited<ReturnType<typeof accountWithRoles>>;
  let former: Awaited<ReturnType<typeof signedInAccount>>;
  let student: Awaited<ReturnType<typeof signedInAccount>>;
  let stranger: Awaited<ReturnType<typeof signedInAccount>>;

  beforeAll(async () => {
    app = await createTestApp({ LOG_LEVEL: 'fatal' });
    staff = await accountWithRoles(app, ['staff_communication']);
    former = await signedInAccount(app, undefined, undefined, 'de');
    student = await signedInAccount(app);
    stranger = await signedInAccount(app);
    await grantResidency(app, String(former.account.id), { categories: ['former_resident'], district: 'wattenscheid' });
    await grantResidency(app, String(student.account.id), { categories: ['student'] });
  });

  afterAll(async () => {
    await app.close();
  });

  const errorOf = (response: { errors?: any[] }) => response.errors?.[0]?.extensions;

  it('lets communication staff write a draft with translations and preview it in each language, with the fallback to German said', async () => {
    const created = await graphql<any>(app, CREATE_ARTICLE, { input: articleInput() }, { token: staff.token });
    expect(created.errors).toBeUndefined();
    const article = created.data.createNewsArticle;
    expect(article).toMatchObject({ status: 'draft', publishAt: null, titleDe: 'Rückkehr nach Bochum' });
    expect(article.translations).toEqual([expect.objectContaining({ language: 'en', title: 'Coming back to Bochum' })]);

    const english = await graphql<any>(app, PREVIEW, { id: article.id, language: 'en' }, { token: staff.token });
    expect(english.data.newsArticlePreview).toMatchObject({ title: 'Coming back to Bochum', titleLanguage: 'en', bodyLanguage: 'en' });
    expect(english.data.newsArticlePreview.bodyHtml).toBe('<p>The city has <strong>a lot</strong> new.</p>');
    const french = await graphql<any>(app, PREVIEW, { id: article.id, language: 'fr' }, { token: staff.token });
    expect(french.data.newsArticlePreview).toMatchObject({ title: 'Rückkehr nach Bochum', titleLanguage: 'de' });
    expect(french.data.newsArticlePreview.bodyHtml).toContain(
      '<a href="https://www.bochum.de" rel="noopener noreferrer nofollow">Mehr</a>',
    );

    const updated = await graphql<any>(
      app,
      UPDATE,
      {
        id: article.id,
        input: articleInput({
          titleDe: 'Zurück nach Bochum',
          translations: [{ language: 'fr', title: 'Retour à Bochum', teaser: '', body: '' }],
        }),
      },
      { token: staff.token },
    );
    expect(updated.data.updateNewsArticle).toMatchObject({
      titleDe: 'Zurück nach Bochum',
      translations: [{ language: 'fr', title: 'Retour à Bochum', teaser: '', body: '' }],
    });
    expect(
      (await graphql<any>(app, STAFF_LIST, { status: 'draft' }, { token: staff.token })).data.staffNewsArticles.nodes.map(
        (node: any) => node.id,
      ),
    ).toContain(article.id);
    // Not yet out: readers do not see a draft.
    expect(errorOf(await graphql<any>(app, NEWS_ARTICLE, { id: article.id }, { token: former.token }))?.code).toBe('NOT_FOUND');
  });

  it('refuses bad input with stable, localized field errors', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ titleDe: '   ' }, 'titleDe', 'required'],
      [{ audience: { residents: false, categories: [], districts: [], companies: false } }, 'audience', 'notEmpty'],
      [{ translations: [{ language: 'xx', title: 'X', teaser: '', body: '' }] }, 'translations.0.language', 'language'],
      [{ translations: [{ language: 'en', title: '', teaser: 'Only a teaser', body: '' }] }, 'translations.0.title', 'required'],
    ];
    for (const [overrides, field, constraint] of cases) {
      const response = await graphql<any>(app, CREATE_ARTICLE, { input: articleInput(overrides) }, { token: staff.token, language: 'de' });
      expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
      expect(errorOf(response).details[0]).toMatchObject({ field, constraint });
      expect(errorOf(response).details[0].message).not.toMatch(/participationNews|validation\./);
    }
    const tooLong = await graphql<any>(app, CREATE_ARTICLE, { input: articleInput({ titleDe: 'x'.repeat(201) }) }, { token: staff.token });
    expect(errorOf(tooLong)?.code).toBe('BAD_USER_INPUT');

    const draft = (await graphql<any>(app, CREATE_ARTICLE, { input: articleInput() }, { token: staff.token })).data.createNewsArticle;
    const past = await graphql<any>(
      app,
      SCHEDULE,
      { input: { id: draft.id, publishAt: new Date(Date.now() - 60_000).toISOString() } },
      { token: staff.token, language: 'en' },
    );
    expect(errorOf(past)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(errorOf(past).details[0]).toMatchObject({
      field: 'publishAt',
      constraint: 'future',
      message: 'The publication time must be in the future.',
    });
  });

  it('refuses residents every staff operation, and answers NOT_FOUND for unknown ids', async () => {
    const draft = (await graphql<any>(app, CREATE_ARTICLE, { input: articleInput() }, { token: staff.token })).data.createNewsArticle;
    const attempts: [string, Record<string, unknown>][] = [
      [CREATE_ARTICLE, { input: articleInput() }],
      [UPDATE, { id: draft.id, input: articleInput() }],
      [PUBLISH_ARTICLE, { id: draft.id }],
      [UNPUBLISH, { id: draft.id }],
      [SCHEDULE, { input: { id: draft.id, publishAt: new Date(Date.now() + 3_600_000).toISOString() } }],
      [STAFF_LIST, {}],
      [STAFF_ARTICLE, { id: draft.id }],
      [PREVIEW, { id: draft.id, language: 'de' }],
    ];
    for (const [query, variables] of attempts) {
      expect(errorOf(await graphql<any>(app, query, variables, { token: former.token }))?.code).toBe('FORBIDDEN');
      expect(errorOf(await graphql<any>(app, query, variables))?.code).toBe('UNAUTHENTICATED');
    }
    for (const query of [PUBLISH_ARTICLE, UNPUBLISH, STAFF_ARTICLE]) {
      expect(errorOf(await graphql<any>(app, query, { id: UNKNOWN_ID }, { token: staff.token }))?.code).toBe('NOT_FOUND');
    }
    expect((await app.sql('SELECT 1 FROM news_articles WHERE id = $1 AND published_at IS NULL', [draft.id])).length).toBe(1);
  });

  it('shows an article for former residents to them and not to a student, who gets NOT_FOUND for its id', async () => {
    const article = await publishedArticle(app, staff.token);
    expect(article.status).toBe('published');

    const feed = await graphql<any>(app, NEWS_FEED, {}, { token: former.token });
    expect(feed.data.newsFeed.nodes.map((node: any) => node.id)).toContain(article.id);
    const read = await graphql<any>(app, NEWS_ARTICLE, { id: article.id }, { token: former.token });
    expect(read.data.newsArticle).toMatchObject({ title: 'Rückkehr nach Bochum', titleLanguage: 'de' });

    expect(
      (await graphql<any>(app, NEWS_FEED, {}, { token: student.token })).data.newsFeed.nodes.map((node: any) => node.id),
    ).not.toContain(article.id);
    expect(errorOf(await graphql<any>(app, NEWS_ARTICLE, { id: article.id }, { token: student.token }))?.code).toBe('NOT_FOUND');
    expect(errorOf(await graphql<any>(app, NEWS_ARTICLE, { id: article.id }, { token: stranger.token }))?.code).toBe('NOT_FOUND');
    expect(errorOf(await graphql<any>(app, PUBLIC_ARTICLE, { id: article.id }))?.code).toBe('NOT_FOUND');

    const audit = await app.sql<{ action: string; actor_account_id: string }>(
      `SELECT action, actor_account_id FROM audit_events WHERE subject_id = $1 ORDER BY occurred_at`,
      [article.id],
    );
    expect(audit).toEqual([{ action: 'participation.news.published', actor_account_id: staff.account.id }]);

    const unpublished = await graphql<any>(app, UNPUBLISH, { id: article.id }, { token: staff.token });
    expect(unpublished.data.unpublishNewsArticle.status).toBe('unpublished');
    expect(errorOf(await graphql<any>(app, NEWS_ARTICLE, { id: article.id }, { token: former.token }))?.code).toBe('NOT_FOUND');
    expect(
      (await app.sql(`SELECT 1 FROM audit_events WHERE subject_id = $1 AND action = 'participation.news.unpublished'`, [article.id]))
        .length,
    ).toBe(1);
  });

  it('shows public articles signed out, on the public page and as a well-formed Atom feed per language', async () => {
    const article = await publishedArticle(app, staff.token, {
      isPublic: true,
      titleDe: 'Stadtfest im Sommer',
      translations: [{ language: 'en', title: 'Summer city festival', teaser: 'Come!', body: 'Music & <b>food</b>' }],
    });
    const page = await graphql<any>(app, PUBLIC_NEWS, { page: { first: 5 } }, { language: 'en' });
    expect(page.data.publicNews.nodes[0]).toMatchObject({ id: article.id, title: 'Summer city festival', titleLanguage: 'en' });
    expect((await graphql<any>(app, PUBLIC_ARTICLE, { id: article.id })).data.publicNewsArticle.title).toBe('Stadtfest im Sommer');
    // Public articles reach signed-in readers outside the audience too.
    expect((await graphql<any>(app, NEWS_ARTICLE, { id: article.id }, { token: student.token })).data.newsArticle.id).toBe(article.id);

    for (const [lng, title] of [
      ['de', 'Stadtfest im Sommer'],
      ['en', 'Summer city festival'],
    ]) {
      const response = await request(app.http).get(`/api/participation/news/feed.atom?lng=${lng}`).set('accept', 'text/html');
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^application\/atom\+xml/);
      expect(XMLValidator.validate(response.text)).toBe(true);
      const feed = new XMLParser({ ignoreAttributes: false }).parse(response.text).feed;
      const entries = [feed.entry].flat();
      expect(entries).toHaveLength(1);
      expect(entries[0].title['#text'] ?? entries[0].title).toBe(title);
      expect(entries[0].id).toBe(`urn:uuid:${article.id}`);
      expect(response.text).not.toContain('<b>food');
    }
  });

  it('e-mails readers who chose "immediately" once per article, in their language, with an unsubscribe link that works signed out', async () => {
    expect((await graphql<any>(app, PREFERENCES, {}, { token: former.token })).data.myNewsEmailPreferences).toEqual([
      { topic: 'city_life', mode: 'off' },
      { topic: 'events_and_culture', mode: 'off' },
      { topic: 'business', mode: 'off' },
      { topic: 'participation', mode: 'off' },
    ]);
    const set = await graphql<any>(app, SET_PREFERENCES, { p: [{ topic: 'business', mode: 'immediately' }] }, { token: former.token });
    expect(set.data.setNewsEmailPreferences).toContainEqual({ topic: 'business', mode: 'immediately' });
    await graphql<any>(app, SET_PREFERENCES, { p: [{ topic: 'business', mode: 'immediately' }] }, { token: student.token });

    const article = await publishedArticle(app, staff.token, { topic: 'business', titleDe: 'Gründen in Bochum' });
    const mails = (await app.mailbox.list(former.email)).filter((mail) => mail.template === 'participationNews.article');
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ language: 'de', subject: 'Neu: Gründen in Bochum' });
    expect(mails[0].text).toContain(`/news/${article.id}`);
    // The student is not in the audience.
    expect((await app.mailbox.list(student.email)).filter((mail) => mail.template === 'participationNews.article')).toHaveLength(0);

    // Taken back and published again: still one e-mail.
    await graphql<any>(app, UNPUBLISH, { id: article.id }, { token: staff.token });
    await graphql<any>(app, PUBLISH_ARTICLE, { id: article.id }, { token: staff.token });
    expect((await app.mailbox.list(former.email)).filter((mail) => mail.template === 'participationNews.article')).toHaveLength(1);

    const token = /unsubscribe\?token=([\w-]+)/.exec(mails[0].text)![1];
    expect(errorOf(await graphql<any>(app, UNSUBSCRIBE, { input: { token: 'not-a-token' } }))?.code).toBe('NOT_FOUND');
    expect((await graphql<any>(app, UNSUBSCRIBE, { input: { token } })).data.unsubscribeFromNews).toBe(true);
    expect(
      (await graphql<any>(app, PREFERENCES, {}, { token: former.token })).data.myNewsEmailPreferences.every(
        (row: any) => row.mode === 'off',
      ),
    ).toBe(true);
    expect((await app.sql('SELECT token_hash FROM news_unsubscribe_tokens WHERE token_hash = $1', [token])).length).toBe(0);
  });

  it('publishes a scheduled article when its time comes and e-mails then', async () => {
    await graphql<any>(app, SET_PREFERENCES, { p: [{ topic: 'participation', mode: 'immediately' }] }, { token: former.token });
    const draft = (
      await graphql<any>(
        app,
        CREATE_ARTICLE,
        { input: articleInput({ topic: 'participation', titleDe: 'Umfrage startet' }) },
        { token: staff.token },
      )
    ).data.createNewsArticle;
    const publishAt = new Date(Date.now() + 3_600_000);
    const scheduled = await graphql<any>(
      app,
      SCHEDULE,
      { input: { id: draft.id, publishAt: publishAt.toISOString() } },
      { token: staff.token },
    );
    expect(scheduled.data.scheduleNewsArticle).toMatchObject({ status: 'scheduled', publishedAt: null });
    expect(errorOf(await graphql<any>(app, NEWS_ARTICLE, { id: draft.id }, { token: former.token }))?.code).toBe('NOT_FOUND');

    const news = app.app.get(NewsService);
    expect(await news.publishDue(draft.id, new Date(publishAt.getTime() - 1000))).toBe(false);
    expect(await news.publishDue(draft.id, new Date(publishAt.getTime() + 1000))).toBe(true);
    expect(await news.publishDue(draft.id, new Date(publishAt.getTime() + 2000))).toBe(false);
    expect((await graphql<any>(app, NEWS_ARTICLE, { id: draft.id }, { token: former.token })).data.newsArticle.title).toBe(
      'Umfrage startet',
    );
    expect((await app.mailbox.list(former.email)).filter((mail) => mail.subject === 'Neu: Umfrage startet')).toHaveLength(1);
    const actions = (
      await app.sql<{ action: string }>('SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY occurred_at', [draft.id])
    ).map((row) => row.action);
    expect(actions).toEqual(['participation.news.scheduled', 'participation.news.published']);
  });

  it('sends one weekly digest per reader with the week’s articles of their digest topics', async () => {
    const reader = await signedInAccount(app);
    await grantResidency(app, String(reader.account.id), { categories: ['former_resident'] });
    await graphql<any>(app, SET_PREFERENCES, { p: [{ topic: 'events_and_culture', mode: 'weekly_digest' }] }, { token: reader.token });
    await publishedArticle(app, staff.token, {
      topic: 'events_and_culture',
      titleDe: 'Konzert im Park',
      translations: [{ language: 'en', title: 'Concert in the park', teaser: '', body: '' }],
    });
    await publishedArticle(app, staff.token, {
      topic: 'events_and_culture',
      titleDe: 'Nur für Studierende',
      audience: { residents: true, categories: ['student'], districts: [], companies: false },
    });
    const mailer = app.app.get(NewsMailer);
    const now = new Date(Date.now() + 60_000);
    await mailer.sendWeeklyDigest(now);
    await Promise.all([mailer.sendWeeklyDigest(now), mailer.sendWeeklyDigest(now)]);
    const digests = (await app.mailbox.list(reader.email)).filter((mail) => mail.template === 'participationNews.digest');
    expect(digests).toHaveLength(1);
    expect(digests[0].language).toBe('en');
    expect(digests[0].text).toContain('• Concert in the park');
    expect(digests[0].text).not.toContain('Nur für Studierende');
    expect(digests[0].text).toMatch(/unsubscribe\?token=/);
  });

  it('takes a JPEG, PNG or WebP image by its content and serves it with its type once published', async () => {
    const draft = (await graphql<any>(app, CREATE_ARTICLE, { input: articleInput({ isPublic: true }) }, { token: staff.token })).data
      .createNewsArticle;
    const upload = (token: string, content: Buffer, name: string) =>
      request(app.http)
        .post(`/api/participation/news/${draft.id}/image`)
        .set('authorization', `Bearer ${token}`)
        .attach('file', content, name);
    expect((await upload(former.token, SAMPLE_PNG, 'a.png')).status).toBe(403);
    const pdf = await upload(staff.token, SAMPLE_PDF, 'looks-like.png');
    expect(pdf.status).toBe(400);
    expect(pdf.body.error.details[0]).toMatchObject({ field: 'file', constraint: 'mediaType' });
    const ok = await upload(staff.token, SAMPLE_PNG, 'photo.jpg');
    expect(ok.status).toBe(201);
    expect(ok.body.imageUrl).toMatch(new RegExp(`^/api/participation/news/${draft.id}/image`));
    expect((await request(app.http).get(`/api/participation/news/${draft.id}/image`)).status).toBe(404);
    await graphql<any>(app, PUBLISH_ARTICLE, { id: draft.id }, { token: staff.token });
    const image = await request(app.http).get(`/api/participation/news/${draft.id}/image`);
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(image.body as Buffer, SAMPLE_PNG)).toBe(0);
  });

  it('lists 40 articles for a reader in at most 4 statements, paging without gaps', async () => {
    await app.sql(
      `INSERT INTO news_articles (title_de, teaser_de, body_de, topic, audience, is_public, publish_at, published_at, created_by_account_id)
       SELECT 'Meldung ' || n, '', '', 'city_life', '{"residents": true, "categories": ["former_resident"], "districts": [], "companies": false}', n % 2 = 0,
              now() - make_interval(mins => n), now() - make_interval(mins => n), $1
         FROM generate_series(1, 40) n`,
      [staff.account.id],
    );
    // Only this request's statements (a background job running meanwhile is not counted).
    const { data, statements } = await countedStatements(app, NEWS_FEED, { page: { first: 40 } }, former.token);
    expect(data.newsFeed.nodes).toHaveLength(40);
    expect(statements.length).toBeLessThanOrEqual(4);

    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const result: any = await graphql<any>(app, NEWS_FEED, { page: { first: 7, after } }, { token: former.token });
      seen.push(...result.data.newsFeed.nodes.map((node: any) => node.id));
      if (!result.data.newsFeed.pageInfo.hasNextPage) break;
      after = result.data.newsFeed.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    const visible = await app.sql<{ n: string }>(
      `SELECT count(*) n FROM news_articles WHERE published_at IS NOT NULL AND unpublished_at IS NULL AND (is_public OR audience->'categories' ? 'former_resident')`,
    );
    expect(seen.length).toBe(Number(visible[0].n));
    const publicPage = await graphql<any>(app, PUBLIC_NEWS, { page: { first: 100 } });
    expect(publicPage.data.publicNews.nodes.every((node: any) => node.isPublic)).toBe(true);
  });

  it('seeds two published demo articles once (one public, one for former residents)', async () => {
    await signedInAccount(app, DEMO_NEWS_AUTHOR_EMAIL);
    const seed = app.app.get(NewsDemoSeed);
    await seed.seed();
    await seed.seed();
    const rows = await app.sql<{ is_public: boolean }>(
      `SELECT is_public FROM news_articles WHERE id::text LIKE '3d6f2a8e-5b1c-4c7e-9a2d-6e1f0b4c8a0%' AND published_at IS NOT NULL ORDER BY id`,
    );
    expect(rows).toEqual([{ is_public: true }, { is_public: false }]);
    const feed = await graphql<any>(app, NEWS_FEED, { page: { first: 100 } }, { token: former.token });
    expect(feed.data.newsFeed.nodes.map((node: any) => node.title)).toEqual(
      expect.arrayContaining(['Willkommen, virtuelle Bürgerinnen und Bürger!', 'Zurück nach Bochum: Beratung für Rückkehrende']),
    );
  });
});
