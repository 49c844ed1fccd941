import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../api/appError';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { usePageTitle } from '../i18n/usePageTitle';
import { DataAccessTable } from './DataAccessTable';
import { DeleteAccountForm } from './DeleteAccountForm';
import { DownloadMyData } from './DownloadMyData';
import { MY_DATA_ACCESSES } from './operations';

/** People's data rights: download my data, who looked at it, delete my account. */
export function MyDataPage() {
  const { t } = useTranslation('privacy');
  usePageTitle(t('page.title'));
  const { data, loading, error } = useQuery(MY_DATA_ACCESSES, { fetchPolicy: 'network-only' });

  return (
    <div className="narrow stack-large">
      <div className="stack">
        <h1 className="kern-heading-x-large">{t('page.title')}</h1>
        <p className="kern-body">{t('page.intro')}</p>
      </div>
      <DownloadMyData />
      <section className="stack" aria-labelledby="accesses-heading">
        <h2 className="kern-heading-medium" id="accesses-heading">
          {t('accesses.heading')}
        </h2>
        <p className="kern-body">{t('accesses.intro')}</p>
        {loading && !data && <LoadingIndicator />}
        {error && <ErrorAlert error={toAppError(error)} />}
        {data && <DataAccessTable accesses={data.myDataAccesses} />}
      </section>
      <DeleteAccountForm />
    </div>
  );
}
