import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { toAppError } from '../api/appError';
import { BackToJourney } from '../companies/BackToJourney';
import { useJourneyActivity } from '../companies/useJourneyActivity';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { usePageTitle } from '../i18n/usePageTitle';
import { BankApplicationCard } from './BankApplicationCard';
import { BankApplyForm } from './BankApplyForm';
import { BANK_ACCOUNT_PAGE, type BankAccountApplication } from './operations';
import './banking.css';

/** While a bank decides (or our answer travels to it), look again now and then. */
const POLL_MS = 3000;

function awaitsBank(application: BankAccountApplication): boolean {
  if (application.status === 'requested' || application.status === 'in_review') return true;
  return application.status === 'documents_requested' && application.documentRequests.some((request) => request.status === 'answered');
}

/** The journey step "bank account": choose a partner bank, consent to the KYC hand-over, follow the bank's answer. */
export function BankAccountPage() {
  const { companyId = '' } = useParams();
  const { t } = useTranslation('banking');
  usePageTitle(t('page.title'));
  useJourneyActivity(companyId);
  const { data, loading, error, startPolling, stopPolling } = useQuery(BANK_ACCOUNT_PAGE, {
    variables: { companyId },
    fetchPolicy: 'cache-and-network',
  });

  const applications = data?.bankAccountApplications ?? [];
  const waiting = applications.some(awaitsBank);
  useEffect(() => {
    if (waiting) startPolling(POLL_MS);
    else stopPolling();
    return () => stopPolling();
  }, [waiting, startPolling, stopPolling]);

  const banks = data?.partnerBanks ?? [];
  const busyAt = new Set(applications.filter((application) => application.status !== 'declined').map((application) => application.bank.id));
  const canApply = data && !applications.some((application) => application.status !== 'declined');
  const sandbox = banks.some((bank) => bank.sandbox);

  return (
    <div className="stack-large narrow bank-account-page">
      <BackToJourney companyId={companyId} />
      <div className="stack">
        <h1 className="kern-heading-x-large">{t('page.title')}</h1>
        <p className="kern-body">{t('page.intro')}</p>
      </div>
      {error && <ErrorAlert error={toAppError(error)} />}
      {loading && !data && <LoadingIndicator />}
      {applications.length > 0 && (
        <section className="stack" aria-labelledby="bank-applications-heading">
          <h2 className="kern-heading-medium" id="bank-applications-heading">
            {t('applications.heading')}
          </h2>
          {applications.map((application) => (
            <BankApplicationCard key={application.id} application={application} />
          ))}
        </section>
      )}
      {canApply && <BankApplyForm companyId={companyId} banks={banks.filter((bank) => !busyAt.has(bank.id))} />}
      {sandbox && (
        <aside className="stack-small bank-sandbox-rules" aria-labelledby="bank-sandbox-heading" data-testid="bank-sandbox-rules">
          <h2 className="kern-heading-small" id="bank-sandbox-heading">
            {t('sandbox.heading')}
          </h2>
          <p className="kern-body">{t('sandbox.intro')}</p>
          <ul>
            <li className="kern-body">{t('sandbox.ruleDecline')}</li>
            <li className="kern-body">{t('sandbox.ruleDocuments')}</li>
            <li className="kern-body">{t('sandbox.ruleRegisterExtract')}</li>
            <li className="kern-body">{t('sandbox.ruleOpen')}</li>
          </ul>
        </aside>
      )}
    </div>
  );
}
