import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { toAppError } from '../../api/appError';
import { useSession } from '../../auth/useSession';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { currentLanguage } from '../../i18n/i18n';
import { usePageTitle } from '../../i18n/usePageTitle';
import { NewsList } from './NewsList';
import { NEWS_FEED, PUBLIC_NEWS } from './operations';
import './news.css';

const PAGE_SIZE = 10;

/** Adds `<link rel="alternate" type="application/atom+xml">` for the public feed in the reader's language while the page is shown. */
function useAtomLink(title: string): string {
  const href = `/api/participation/news/feed.atom?lng=${encodeURIComponent(currentLanguage())}`;
  useEffect(() => {
    const link = document.createElement('link');
    link.rel = 'alternate';
    link.type = 'application/atom+xml';
    link.title = title;
    link.href = href;
    document.head.appendChild(link);
    return () => link.remove();
  }, [href, title]);
  return href;
}

/** /news: signed in, the reader's news (public and for their audience); signed out, the public news. */
export function NewsPage() {
  const { t } = useTranslation('participation');
  usePageTitle(t('news.title'));
  const feedHref = useAtomLink(t('news.feedTitle'));
  const session = useSession();
  const signedIn = session.status === 'signedIn';
  const feed = useQuery(NEWS_FEED, { variables: { page: { first: PAGE_SIZE } }, skip: !signedIn, fetchPolicy: 'cache-and-network' });
  const open = useQuery(PUBLIC_NEWS, {
    variables: { page: { first: PAGE_SIZE } },
    skip: signedIn || session.status === 'restoring',
    fetchPolicy: 'cache-and-network',
  });
  const connection = signedIn ? feed.data?.newsFeed : open.data?.publicNews;
  const { loading, error } = signedIn ? feed : open;

  const more = () => {
    const after = connection?.pageInfo.endCursor;
    if (!after) return;
    const variables = { page: { first: PAGE_SIZE, after } };
    if (signedIn) {
      void feed.fetchMore({
        variables,
        updateQuery: (previous, { fetchMoreResult }) => ({
          newsFeed: { ...fetchMoreResult.newsFeed, nodes: [...previous.newsFeed.nodes, ...fetchMoreResult.newsFeed.nodes] },
        }),
      });
    } else {
      void open.fetchMore({
        variables,
        updateQuery: (previous, { fetchMoreResult }) => ({
          publicNews: { ...fetchMoreResult.publicNews, nodes: [...previous.publicNews.nodes, ...fetchMoreResult.publicNews.nodes] },
        }),
      });
    }
  };

  return (
    <div className="stack-large" data-testid="news-page">
      <div className="stack">
        <h1 className="kern-heading-x-large">{t('news.title')}</h1>
        <p className="kern-body">{signedIn ? t('news.intro') : t('news.introPublic')}</p>
        <p className="kern-body news-links">
          <a className="kern-link" href={feedHref}>
            {t('news.feedLink')}
          </a>
          {signedIn && (
            <Link className="kern-link" to="/news/preferences">
              {t('news.preferences.link')}
            </Link>
          )}
        </p>
      </div>
      {error && <ErrorAlert error={toAppError(error)} formFields={[]} />}
      {loading && !connection && <LoadingIndicator />}
      {connection && connection.nodes.length === 0 && <p className="kern-body">{t('news.none')}</p>}
      {connection && <NewsList articles={connection.nodes} />}
      {connection?.pageInfo.hasNextPage && (
        <button type="button" className="kern-btn kern-btn--secondary" onClick={more} data-testid="news-more">
          <span className="kern-label">{t('news.more')}</span>
        </button>
      )}
    </div>
  );
}
