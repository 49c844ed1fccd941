import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ContentText } from '../../components/ContentLanguage';
import { formatDate } from '../../utils/formatDate';
import type { NewsArticle } from './operations';

/** Articles as cards: title (linked), date, topic and teaser; each text says when it falls back to German. */
export function NewsList({ articles, headingLevel = 'h2' }: { articles: readonly NewsArticle[]; headingLevel?: 'h2' | 'h3' }) {
  const { t, i18n } = useTranslation('participation');
  const Heading = headingLevel;
  return (
    <ul className="stack plain-list news-list" data-testid="news-list">
      {articles.map((article) => (
        <li key={article.id} className="kern-card kern-card--surface" data-testid="news-item">
          <div className="kern-card__container stack">
            <Heading className="kern-title">
              <Link className="kern-link" to={`/news/${article.id}`}>
                <ContentText text={article.title} language={article.titleLanguage} />
              </Link>
            </Heading>
            <p className="kern-body kern-body--small news-meta">
              {article.publishedAt && <time dateTime={article.publishedAt}>{formatDate(article.publishedAt, i18n.language)}</time>} ·{' '}
              {t(`news.topics.${article.topic}`)}
            </p>
            {article.teaser && <ContentText as="p" text={article.teaser} language={article.teaserLanguage} />}
          </div>
        </li>
      ))}
    </ul>
  );
}
