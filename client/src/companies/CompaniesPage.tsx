import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { toAppError } from '../api/appError';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { usePageTitle } from '../i18n/usePageTitle';
import { MY_COMPANIES } from './operations';
import { countryName } from './countries';
import './companies.css';

/** The companies the person acts for, and the way to start a new one. */
export function CompaniesPage() {
  const { t, i18n } = useTranslation('companies');
  usePageTitle(t('list.title'));
  const { data, loading, error } = useQuery(MY_COMPANIES, { fetchPolicy: 'cache-and-network' });
  const companies = data?.myCompanies ?? [];

  return (
    <div className="stack-large narrow">
      <div className="stack">
        <h1 className="kern-heading-x-large">{t('list.title')}</h1>
        <p className="kern-body">{t('list.intro')}</p>
      </div>
      {error && <ErrorAlert error={toAppError(error)} />}
      {loading && !data && <LoadingIndicator />}
      {data && companies.length === 0 && <p className="kern-body">{t('list.none')}</p>}
      {companies.length > 0 && (
        <ul className="company-list" data-testid="company-list">
          {companies.map((company) => (
            <li key={company.id} className="kern-card kern-card--surface" data-testid="company-item">
              <div className="kern-card__container stack">
                <h2 className="kern-title">
                  <Link className="kern-link" to={`/company/${company.id}`} data-testid="company-link">
                    {company.legalName} {company.legalForm}
                  </Link>
                </h2>
                <p className="kern-body kern-body--small">
                  {countryName(company.countryCode, i18n.language)}
                  {company.myRole ? ` · ${t(`roles.${company.myRole}`)}` : ''}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
      <div>
        <Link className="kern-btn kern-btn--primary" to="/company/new" data-testid="start-company">
          <span className="kern-label">{t('list.start')}</span>
        </Link>
      </div>
    </div>
  );
}
