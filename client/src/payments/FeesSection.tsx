import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PAYMENT_SETTINGS } from './operations';
import { PayStep } from './PayStep';

/**
 * Fees on the account page: the way to payments and receipts, and (outside production) a
 * demonstration of the pay step for the citizen-card fee, honestly labelled as one.
 */
export function FeesSection({ accountId }: { accountId: string }) {
  const { t } = useTranslation('payments');
  const settings = useQuery(PAYMENT_SETTINGS);
  const demoSubjectType = settings.data?.paymentSettings.demoSubjectType;

  return (
    <section className="stack" aria-labelledby="fees-heading" data-testid="fees-section">
      <h2 className="kern-heading-medium" id="fees-heading">
        {t('receipts.title')}
      </h2>
      <p className="kern-body">
        <Link className="kern-link" to="/account/receipts" data-testid="receipts-link">
          {t('demo.receiptsLink')}
        </Link>
      </p>
      {demoSubjectType && (
        <div className="stack" data-testid="fees-demo">
          <h3 className="kern-heading-small">{t('demo.heading')}</h3>
          <p className="kern-body">{t('demo.intro')}</p>
          <PayStep purpose="citizen_card" subjectType={demoSubjectType} subjectId={accountId} returnPath="/account" />
        </div>
      )}
    </section>
  );
}
