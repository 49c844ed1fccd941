import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Alert } from '../components/Alert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { usePageTitle } from '../i18n/usePageTitle';
import { formatMoney } from './formatMoney';
import { fetchSandboxCheckout, settleSandboxCheckout, type SandboxAction, type SandboxCheckout } from './sandboxCheckoutApi';
import './payments.css';
import { GermanBindingNotice } from '../components/GermanBindingNotice';

const ACTIONS: { action: SandboxAction; variant: 'primary' | 'secondary' }[] = [
  { action: 'pay', variant: 'primary' },
  { action: 'fail', variant: 'secondary' },
  { action: 'cancel', variant: 'secondary' },
];

/** The local sandbox's stand-in for a payment service's checkout page: nothing is charged here. */
export function SandboxCheckoutPage() {
  const { t, i18n } = useTranslation('payments');
  usePageTitle(t('sandbox.title'));
  const { sessionId = '' } = useParams();
  const [checkout, setCheckout] = useState<SandboxCheckout | null | undefined>(undefined);
  const [busy, setBusy] = useState<SandboxAction | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    fetchSandboxCheckout(sessionId).then(setCheckout, () => setFailed(true));
  }, [sessionId]);

  async function settle(action: SandboxAction) {
    setBusy(action);
    setFailed(false);
    try {
      const settled = await settleSandboxCheckout(sessionId, action);
      if (settled?.returnUrl) window.location.assign(settled.returnUrl);
      else setCheckout(settled);
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="narrow stack-large">
      <p className="sandbox-banner" role="note" data-testid="sandbox-banner">
        {t('sandbox.banner')}
      </p>
      <h1 className="kern-heading-x-large">{t('sandbox.title')}</h1>
      <GermanBindingNotice />
      {checkout === undefined && !failed && <LoadingIndicator />}
      {checkout === null && <Alert variant="danger" role="alert" title={t('sandbox.notFound')} testId="error" />}
      {failed && <Alert variant="danger" role="alert" title={t('errorAlert.generic', { ns: 'common' })} testId="error" />}
      {checkout && (
        <>
          <p className="kern-body">{t('sandbox.intro')}</p>
          <dl className="kern-description-list">
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{t('sandbox.description')}</dt>
              <dd className="kern-description-list-item__value">{checkout.description}</dd>
            </div>
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{t('sandbox.amount')}</dt>
              <dd className="kern-description-list-item__value" data-testid="sandbox-amount">
                {formatMoney(checkout.amountCents, checkout.currency, i18n.language)}
              </dd>
            </div>
          </dl>
          {checkout.status === 'open' ? (
            <div className="pay-step__actions">
              {ACTIONS.map(({ action, variant }) => (
                <button
                  key={action}
                  type="button"
                  className={`kern-btn kern-btn--${variant}`}
                  onClick={() => void settle(action)}
                  disabled={busy !== null}
                  aria-busy={busy === action || undefined}
                  data-testid={`sandbox-${action}`}
                >
                  <span className="kern-label">{t(`sandbox.${action}`)}</span>
                </button>
              ))}
            </div>
          ) : (
            <Alert variant="info" role="status" title={t('sandbox.closed')} testId="sandbox-closed">
              {checkout.returnUrl && (
                <p className="kern-body">
                  <a className="kern-link" href={checkout.returnUrl}>
                    {t('sandbox.back')}
                  </a>
                </p>
              )}
            </Alert>
          )}
        </>
      )}
    </div>
  );
}
