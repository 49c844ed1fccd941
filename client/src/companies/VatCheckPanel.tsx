import { useMutation } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../components/Alert';
import { ErrorAlert } from '../components/ErrorAlert';
import { Ltr } from '../components/Ltr';
import { useFormSubmission } from '../forms/useFormSubmission';
import { formatDateTime } from '../utils/formatDate';
import { RECHECK_COMPANY_VAT, type VatCheck } from './operations';

const VARIANT = { valid: 'success', invalid: 'danger', pending: 'warning' } as const;

/** Seconds left until `recheckInSeconds` (as received) is over, counting down while shown. */
function useCountdown(seconds: number): number {
  const [until, setUntil] = useState(() => Date.now() + seconds * 1000);
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    setUntil(Date.now() + seconds * 1000);
    setLeft(seconds);
  }, [seconds]);
  useEffect(() => {
    if (left <= 0) return;
    const timer = window.setTimeout(() => setLeft(Math.max(0, Math.min(left - 1, Math.ceil((until - Date.now()) / 1000)))), 1000);
    return () => window.clearTimeout(timer);
  }, [left, until]);
  return left;
}

/**
 * The EU VIES answer for the company's VAT id: confirmed (with the name, address and consultation
 * number as registered), not known, or pending while VIES could not answer, with "check again".
 */
export function VatCheckPanel({ companyId, check }: { companyId: string; check: VatCheck }) {
  const { t, i18n } = useTranslation('companies');
  const [current, setCurrent] = useState(check);
  const [recheck] = useMutation(RECHECK_COMPANY_VAT, { refetchQueries: ['CompanyDashboard'] });
  const submission = useFormSubmission();
  const [rechecked, setRechecked] = useState(0);
  const wait = useCountdown(current.recheckInSeconds);
  useEffect(() => setCurrent(check), [check]);

  const askAgain = () =>
    void submission.run(async () => {
      const result = await recheck({ variables: { companyId } });
      if (result.data) {
        setCurrent(result.data.recheckCompanyVat);
        setRechecked((count) => count + 1);
      }
    });

  const explanation =
    current.status === 'pending' ? (
      <p className="kern-body">
        {t('vatCheck.pendingText', { error: current.lastError ?? 'SERVICE_UNAVAILABLE' })}
        {current.nextAttemptAt && <> {t('vatCheck.nextAttempt', { when: formatDateTime(current.nextAttemptAt, i18n.language) })}</>}
      </p>
    ) : current.status === 'invalid' ? (
      <p className="kern-body">{t('vatCheck.invalidText')}</p>
    ) : undefined;
  const notShared = t('vatCheck.notShared');
  return (
    <section className="stack" aria-labelledby="vat-check-heading" data-testid="vat-check">
      <h2 className="kern-heading-medium" id="vat-check-heading">
        {t('vatCheck.title')}
      </h2>
      <Alert
        variant={VARIANT[current.status]}
        title={t(`vatCheck.status.${current.status}`)}
        role="status"
        focusOnShow={rechecked || undefined}
      >
        {explanation}
      </Alert>
      <dl className="kern-description-list" data-testid="vat-check-details">
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t('vatCheck.vatId')}</dt>
          <dd className="kern-description-list-item__value">
            <Ltr>{current.vatId}</Ltr>
          </dd>
        </div>
        {current.status !== 'pending' && (
          <>
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{t('vatCheck.registeredName')}</dt>
              <dd className="kern-description-list-item__value">{current.registeredName ?? notShared}</dd>
            </div>
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{t('vatCheck.registeredAddress')}</dt>
              <dd className="kern-description-list-item__value vat-check-address">{current.registeredAddress ?? notShared}</dd>
            </div>
            {current.requestIdentifier && (
              <div className="kern-description-list-item">
                <dt className="kern-description-list-item__key">{t('vatCheck.requestIdentifier')}</dt>
                <dd className="kern-description-list-item__value">
                  <Ltr>{current.requestIdentifier}</Ltr>
                </dd>
              </div>
            )}
            {current.checkedAt && (
              <div className="kern-description-list-item">
                <dt className="kern-description-list-item__key">{t('vatCheck.checkedAt')}</dt>
                <dd className="kern-description-list-item__value">{formatDateTime(current.checkedAt, i18n.language)}</dd>
              </div>
            )}
          </>
        )}
      </dl>
      {current.status !== 'valid' && (
        <div className="stack">
          {submission.error && <ErrorAlert error={submission.error} />}
          {wait > 0 && (
            <p className="kern-body kern-body--small" id="vat-recheck-wait" aria-live="polite">
              {t('vatCheck.recheckIn', { seconds: wait })}
            </p>
          )}
          <div>
            <button
              type="button"
              className="kern-btn kern-btn--secondary"
              onClick={askAgain}
              disabled={submission.busy || wait > 0}
              aria-describedby={wait > 0 ? 'vat-recheck-wait' : undefined}
              data-testid="vat-recheck"
            >
              <span className="kern-label">{t('vatCheck.recheck')}</span>
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
