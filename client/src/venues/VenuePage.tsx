import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { MANAGED_VENUE } from './operations';
import { toAppError } from '../api/appError';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { usePageTitle } from '../i18n/usePageTitle';
import { ApiKeysSection } from './ApiKeysSection';
import { ColleaguesSection } from './ColleaguesSection';
import { OffersSection } from './OffersSection';
import './venues.css';

/** The venue operator's area: the venue, its offers, its API keys, its operators, and the way to the scan page. */
export function VenuePage() {
  const { t } = useTranslation('venues');
  usePageTitle(t('venue.title'));
  const { data, loading, error } = useQuery(MANAGED_VENUE, { fetchPolicy: 'cache-and-network' });

  if (loading && !data) return <LoadingIndicator />;
  if (error && !data) return <ErrorAlert error={toAppError(error)} formFields={[]} />;
  if (!data) return null;
  const venue = data.managedVenue;
  return (
    <div className="stack-large" data-testid="venue-page">
      <h1 className="kern-heading-x-large">{venue.name}</h1>
      <p className="kern-body">
        {t(`kinds.${venue.kind}`)} · {venue.address}
      </p>
      <Link to="/venue/scan" className="kern-btn kern-btn--primary" data-testid="open-scan">
        <span className="kern-label">{t('venue.scan')}</span>
      </Link>
      <Link to="/venue/statistics" className="kern-link" data-testid="open-statistics">
        {t('statistics.link')}
      </Link>
      <OffersSection offers={data.venueOffers} />
      <ApiKeysSection keys={data.venueApiKeys} />
      <ColleaguesSection />
    </div>
  );
}
