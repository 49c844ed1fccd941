import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../auth/useSession';
import { NewsList } from './NewsList';
import { NEWS_FEED } from './operations';
import './news.css';

/** The start page's "latest news" for a signed-in reader: the three newest articles meant for them. */
export function LatestNews() {
  const { t } = useTranslation('participation');
  const session = useSession();
  const signedIn = session.status === 'signedIn';
  const { data } = useQuery(NEWS_FEED, { variables: { page: { first: 3 } }, skip: !signedIn, fetchPolicy: 'cache-and-network' });
  if (!signedIn || !data || data.newsFeed.nodes.length === 0) return null;
  return (
    <section className="stack" aria-labelledby="latest-news-heading" data-testid="latest-news">
      <h2 className="kern-heading-large" id="latest-news-heading">
        {t('news.latest')}
      </h2>
      <NewsList articles={data.newsFeed.nodes} headingLevel="h3" />
      <p className="kern-body">
        <Link className="kern-link" to="/news">
          {t('news.all')}
        </Link>
      </p>
    </section>
  );
}
