import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { toAppError } from '../api/appError';
import { MY_RESIDENCY_OVERVIEW } from './operations';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { usePageTitle } from '../i18n/usePageTitle';
import { formatDate } from '../utils/formatDate';
import { ApplicationStatusBadge } from './ApplicationStatusBadge';
import { VirtualAddressPanel } from './VirtualAddressPanel';
import './residency.css';

/** The resident area: the virtual address once approved, the applications and their status, a way to apply. */
export function ResidencyPage() {
  const { t, i18n } = useTranslation('residency');
  usePageTitle(t('overview.title'));
  const { data, loading, error } = useQuery(MY_RESIDENCY_OVERVIEW, { fetchPolicy: 'cache-and-network' });
  const applications = data?.myResidencyApplications ?? [];

  return (
    <div className="stack-large residency-page">
      <div className="stack narrow">
        <h1 className="kern-heading-x-large">{t('overview.title')}</h1>
        <p className="kern-body">{t('overview.intro')}</p>
      </div>
      {error && <ErrorAlert error={toAppError(error)} />}
      {loading && !data && <LoadingIndicator />}
      {data?.myVirtualAddress && <VirtualAddressPanel address={data.myVirtualAddress} residency={data.myResidency} />}

      <section className="stack narrow" aria-labelledby="applications-heading">
        <h2 className="kern-heading-medium" id="applications-heading">
          {t('overview.applications')}
        </h2>
        {data && applications.length === 0 && <p className="kern-body">{t('overview.none')}</p>}
        {applications.length > 0 && (
          <ul className="application-list">
            {applications.map((application) => (
              <li key={application.id} className="kern-card kern-card--surface" data-testid="application-item">
                <div className="kern-card__container stack">
                  <h3 className="kern-title">
                    <Link className="kern-link" to={`/residency/applications/${application.id}`} data-testid="application-link">
                      {t(`categories.${application.category}`)} · {t(`districts.${application.district}`)}
                    </Link>
                  </h3>
                  <div>
                    <ApplicationStatusBadge status={application.status} />
                  </div>
                  <p className="kern-body kern-body--small">
                    {t('overview.startedOn', { date: formatDate(application.createdAt, i18n.language) })}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        )}
        <div>
          <Link className="kern-btn kern-btn--primary" to="/residency/apply" data-testid="start-application">
            <span className="kern-label">{t('overview.apply')}</span>
          </Link>
        </div>
      </section>
    </div>
  );
}
