import { NewsArticle } from './news.entities.js';
import { NewsStatus, NewsTopic } from './news-enums.js';
import { digestWeek } from './news-mailer.service.js';
import { newsStatus, newsText } from './news.models.js';

function article(overrides: Partial<NewsArticle> = {}): NewsArticle {
  return Object.assign(new NewsArticle(), {
    id: '5f0c7f0e-6a43-4c1e-9d0e-2b1b8f0e4a11',
    titleDe: 'Titel',
    teaserDe: 'Anreißer',
    bodyDe: 'Text',
    translations: { en: { title: 'Title', teaser: '', body: 'Body' } },
    topic: NewsTopic.city_life,
    publishAt: null,
    publishedAt: null,
    unpublishedAt: null,
    ...overrides,
  });
}

describe('news texts and status', () => {
  it('answers in the reader’s language where there is a translation and says when it falls back to German', () => {
    expect(newsText(article(), 'title', 'en')).toEqual({ text: 'Title', language: 'en' });
    expect(newsText(article(), 'teaser', 'en')).toEqual({ text: 'Anreißer', language: 'de' });
    expect(newsText(article(), 'body', 'fr')).toEqual({ text: 'Text', language: 'de' });
    expect(newsText(article(), 'title', 'de')).toEqual({ text: 'Titel', language: 'de' });
  });

  it('derives the status from the dates', () => {
    const at = new Date('2027-05-01T08:00:00Z');
    expect(newsStatus(article())).toBe(NewsStatus.draft);
    expect(newsStatus(article({ publishAt: at }))).toBe(NewsStatus.scheduled);
    expect(newsStatus(article({ publishAt: at, publishedAt: at }))).toBe(NewsStatus.published);
    expect(newsStatus(article({ publishAt: at, publishedAt: at, unpublishedAt: at }))).toBe(NewsStatus.unpublished);
  });
});

describe('digestWeek', () => {
  it('is the Monday of the Berlin week', () => {
    expect(digestWeek(new Date('2027-05-03T06:00:00Z'))).toBe('2027-05-03'); // Monday 08:00 Berlin
    expect(digestWeek(new Date('2027-05-09T21:30:00Z'))).toBe('2027-05-03'); // Sunday 23:30 Berlin
    expect(digestWeek(new Date('2027-05-09T22:30:00Z'))).toBe('2027-05-10'); // already Monday 00:30 Berlin
  });
});
