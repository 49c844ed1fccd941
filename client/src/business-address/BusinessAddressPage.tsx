import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { toAppError } from '../api/appError';
import { useJourneyActivity } from '../companies/useJourneyActivity';
import { usePageTitle } from '../i18n/usePageTitle';
import { COMPANY_BUSINESS_ADDRESSES } from './operations';
import { BusinessAddressCard } from './BusinessAddressCard';
import { CompanyMailbox } from './CompanyMailbox';
import { PostalServiceSection } from './PostalServiceSection';

/** The journey step "business address": the address, the postal service and the company mailbox. */
export function BusinessAddressPage() {
  const { t } = useTranslation('business-address');
  usePageTitle(t('page.title'));
  const { companyId = '' } = useParams();
  useJourneyActivity(companyId);
  const { data, loading, error } = useQuery(COMPANY_BUSINESS_ADDRESSES, { variables: { companyId } });
  const address = data?.companyBusinessAddresses.at(-1);

  return (
    <div className="stack-large">
      <p>
        <Link to={`/company/${companyId}`} className="kern-link" data-testid="back-to-journey">
          {t('page.backToJourney')}
        </Link>
      </p>
      <div className="stack">
        <h1 className="kern-heading-x-large">{t('page.title')}</h1>
        <p className="kern-body">{t('page.intro')}</p>
      </div>
      {loading && <LoadingIndicator />}
      {error && <ErrorAlert error={toAppError(error)} />}
      {data && !address && (
        <p className="kern-body" data-testid="business-address-missing">
          {t('page.noAddress')}
        </p>
      )}
      {address && (
        <>
          <BusinessAddressCard address={address} />
          <PostalServiceSection companyId={companyId} address={address} />
          {address.service && <CompanyMailbox companyId={companyId} />}
        </>
      )}
    </div>
  );
}
