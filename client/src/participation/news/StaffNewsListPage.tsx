import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { toAppError } from '../../api/appError';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { SelectField } from '../../components/SelectField';
import { usePageTitle } from '../../i18n/usePageTitle';
import { formatDateTime } from '../../utils/formatDate';
import { NEWS_STATUSES, STAFF_NEWS_ARTICLES, type NewsStatus } from './operations';
import './news.css';

/** /staff/participation/news: every article, filtered by status, newest first. */
export function StaffNewsListPage() {
  const { t, i18n } = useTranslation('participation');
  usePageTitle(t('news.staff.title'));
  const [status, setStatus] = useState('');
  const { data, loading, error, fetchMore } = useQuery(STAFF_NEWS_ARTICLES, {
    variables: { status: (status || null) as NewsStatus | null, page: { first: 25 } },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.staffNewsArticles;
  const more = () => {
    const after = connection?.pageInfo.endCursor;
    if (!after) return;
    void fetchMore({
      variables: { page: { first: 25, after } },
      updateQuery: (previous, { fetchMoreResult }) => ({
        staffNewsArticles: {
          ...fetchMoreResult.staffNewsArticles,
          nodes: [...previous.staffNewsArticles.nodes, ...fetchMoreResult.staffNewsArticles.nodes],
        },
      }),
    });
  };

  return (
    <div className="stack-large" data-testid="staff-news">
      <div className="stack">
        <h1 className="kern-heading-x-large">{t('news.staff.title')}</h1>
        <p className="kern-body">{t('news.staff.intro')}</p>
        <p>
          <Link className="kern-btn kern-btn--primary" to="/staff/participation/news/new" data-testid="news-new">
            <span className="kern-label">{t('news.staff.new')}</span>
          </Link>
        </p>
      </div>
      <SelectField
        name="status"
        label={t('news.staff.statusFilter')}
        value={status}
        onChange={setStatus}
        options={[
          { value: '', label: t('news.staff.allStatuses') },
          ...NEWS_STATUSES.map((value) => ({ value, label: t(`news.status.${value}`) })),
        ]}
      />
      {error && <ErrorAlert error={toAppError(error)} formFields={[]} />}
      {loading && !connection && <LoadingIndicator />}
      {connection && connection.nodes.length === 0 && <p className="kern-body">{t('news.staff.none')}</p>}
      <ul className="stack plain-list">
        {connection?.nodes.map((article) => (
          <li key={article.id} className="kern-card kern-card--surface" data-testid="staff-news-item">
            <div className="kern-card__container stack">
              <h2 className="kern-title">
                <Link className="kern-link" to={`/staff/participation/news/${article.id}/edit`}>
                  {article.titleDe}
                </Link>
              </h2>
              <p className="kern-body kern-body--small">
                <span className="kern-badge kern-badge--info">
                  <span className="kern-label">{t(`news.status.${article.status}`)}</span>
                </span>{' '}
                {t(`news.topics.${article.topic}`)}
                {article.publishAt && (
                  <>
                    {' · '}
                    <time dateTime={article.publishAt}>{formatDateTime(article.publishAt, i18n.language)}</time>
                  </>
                )}
              </p>
            </div>
          </li>
        ))}
      </ul>
      {connection?.pageInfo.hasNextPage && (
        <button type="button" className="kern-btn kern-btn--secondary" onClick={more}>
          <span className="kern-label">{t('news.more')}</span>
        </button>
      )}
    </div>
  );
}
