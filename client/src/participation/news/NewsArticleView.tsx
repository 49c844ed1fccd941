import { useTranslation } from 'react-i18next';
import { ContentText } from '../../components/ContentLanguage';
import { formatDate } from '../../utils/formatDate';
import type { NewsArticle } from './operations';

/** An article as readers see it (also the staff preview). The body is HTML the server rendered from Markdown and sanitized. */
export function NewsArticleView({ article, headingLevel = 'h1' }: { article: NewsArticle; headingLevel?: 'h1' | 'h2' }) {
  const { t, i18n } = useTranslation('participation');
  const Heading = headingLevel;
  return (
    <article className="stack news-article" data-testid="news-article">
      <Heading className={headingLevel === 'h1' ? 'kern-heading-x-large' : 'kern-heading-large'}>
        <ContentText text={article.title} language={article.titleLanguage} />
      </Heading>
      <p className="kern-body kern-body--small news-meta">
        {article.publishedAt && <time dateTime={article.publishedAt}>{formatDate(article.publishedAt, i18n.language)}</time>}
        {article.publishedAt && ' · '}
        {t(`news.topics.${article.topic}`)}
      </p>
      {article.imageUrl && <img className="news-image" src={article.imageUrl} alt="" />}
      {article.teaser && <ContentText as="p" text={<strong>{article.teaser}</strong>} language={article.teaserLanguage} />}
      <ContentText
        as="div"
        text={<span className="news-body" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />}
        language={article.bodyLanguage}
      />
    </article>
  );
}
