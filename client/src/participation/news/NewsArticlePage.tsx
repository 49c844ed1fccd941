import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { toAppError } from '../../api/appError';
import { useSession } from '../../auth/useSession';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { usePageTitle } from '../../i18n/usePageTitle';
import { NotFoundPage } from '../../pages/NotFoundPage';
import { NewsArticleView } from './NewsArticleView';
import { NEWS_ARTICLE, PUBLIC_NEWS_ARTICLE } from './operations';
import './news.css';

/** /news/:id: one article, for a reader in its audience or (public articles) for everyone. */
export function NewsArticlePage() {
  const { t } = useTranslation('participation');
  const { id = '' } = useParams();
  const session = useSession();
  const signedIn = session.status === 'signedIn';
  const mine = useQuery(NEWS_ARTICLE, { variables: { id }, skip: !signedIn, fetchPolicy: 'cache-and-network' });
  const open = useQuery(PUBLIC_NEWS_ARTICLE, { variables: { id }, skip: signedIn || session.status === 'restoring' });
  const article = signedIn ? mine.data?.newsArticle : open.data?.publicNewsArticle;
  const { loading, error } = signedIn ? mine : open;
  usePageTitle(article?.title ?? t('news.title'));

  if (error && toAppError(error).code === 'NOT_FOUND') return <NotFoundPage />;
  return (
    <div className="stack-large" data-testid="news-article-page">
      <p className="kern-body">
        <Link className="kern-link" to="/news">
          {t('news.back')}
        </Link>
      </p>
      {error && <ErrorAlert error={toAppError(error)} formFields={[]} />}
      {loading && !article && <LoadingIndicator />}
      {article && <NewsArticleView article={article} />}
    </div>
  );
}
