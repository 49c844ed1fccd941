import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router-dom';
import { PAYMENT_SETTINGS, START_PAYMENT } from './operations';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { useFormSubmission } from '../forms/useFormSubmission';
import { formatMoney } from './formatMoney';
import { PaymentOutcome } from './PaymentOutcome';
import { paymentKeys } from './paymentKeys';
import type { Payment, PaymentPurpose } from './operations';
import { useSubjectPayment } from './useSubjectPayment';
import './payments.css';
import { GermanBindingNotice } from '../components/GermanBindingNotice';

export interface PayStepProps {
  purpose: PaymentPurpose;
  subjectType: string;
  subjectId: string;
  /** Where the checkout sends the person back to; the current page by default. */
  returnPath?: string;
  /** The notice that the German text of the fee is binding; off where the page shows it already. */
  bindingNotice?: boolean;
}

const needsNewAttempt = (payment: Payment) => payment.status === 'failed' || payment.status === 'canceled' || payment.status === 'refunded';

/**
 * The "pay the fee" step any flow can embed: shows the fee and whether it is paid, starts the
 * payment (idempotently, see paymentKeys), sends the person to the checkout, and shows the
 * result when they come back.
 */
export function PayStep({ purpose, subjectType, subjectId, returnPath, bindingNotice = true }: PayStepProps) {
  const { t, i18n } = useTranslation('payments');
  const subject = useMemo(() => ({ purpose, subjectType, subjectId }), [purpose, subjectType, subjectId]);
  const location = useLocation();
  const [, setSearchParams] = useSearchParams();
  const settings = useQuery(PAYMENT_SETTINGS);
  const { payment, result, loading, refetch } = useSubjectPayment(subject);
  const [start] = useMutation(START_PAYMENT);
  const { busy, error, run } = useFormSubmission();
  const [redirecting, setRedirecting] = useState(false);

  useEffect(() => {
    if (error?.reason === 'ALREADY_PAID') void refetch();
  }, [error, refetch]);

  const fee = settings.data?.paymentSettings.fees.find((candidate) => candidate.purpose === purpose);
  if (!fee || loading) return <LoadingIndicator />;
  const amount = formatMoney(fee.amountCents, fee.currency, i18n.language);

  async function pay(newAttempt: boolean) {
    if (newAttempt) paymentKeys.renew(subject);
    const started = await run(async () => {
      const input = { ...subject, returnPath: returnPath ?? location.pathname };
      let attempt = (await start({ variables: { input: { ...input, idempotencyKey: paymentKeys.current(subject) } } })).data!.startPayment;
      // The stored key belonged to an attempt that has ended: this is a new one.
      if (needsNewAttempt(attempt)) {
        attempt = (await start({ variables: { input: { ...input, idempotencyKey: paymentKeys.renew(subject) } } })).data!.startPayment;
      }
      return attempt;
    });
    if (!started) return;
    if (started.status === 'pending' && started.checkoutUrl) {
      setRedirecting(true);
      window.location.assign(started.checkoutUrl);
      return;
    }
    // The result of an earlier checkout no longer applies.
    setSearchParams(
      (current) => {
        current.delete('payment');
        current.delete('result');
        return current;
      },
      { replace: true },
    );
    await refetch();
  }

  const available = settings.data?.paymentSettings.available ?? false;
  const paid = payment?.status === 'succeeded';

  return (
    <section className="stack pay-step" aria-labelledby={`pay-step-${purpose}`} data-testid="pay-step">
      <h3 className="kern-heading-small" id={`pay-step-${purpose}`}>
        {t('payStep.heading')}: {t(`purpose.${purpose}`)}
      </h3>
      <p className="kern-body pay-step__fee">
        {fee.amountCents === 0 ? t('payStep.free') : t('payStep.fee', { amount })}{' '}
        <span className={`kern-badge kern-badge--${paid ? 'success' : 'warning'}`} data-testid="pay-step-state" data-paid={paid}>
          <span className="kern-label">{paid ? t('payStep.paid') : t('payStep.unpaid')}</span>
        </span>
      </p>
      {bindingNotice && <GermanBindingNotice />}
      {settings.data?.paymentSettings.testMode && <p className="kern-body kern-body--small">{t('payStep.testMode')}</p>}
      {payment && <PaymentOutcome payment={payment} result={result} />}
      {error && <ErrorAlert error={error} />}
      {redirecting ? (
        <LoadingIndicator label={t('payStep.redirecting')} />
      ) : (
        !paid &&
        (available ? (
          <div className="pay-step__actions">
            {payment?.status === 'pending' && payment.checkoutUrl && (
              <button
                type="button"
                className="kern-btn kern-btn--primary"
                onClick={() => window.location.assign(payment.checkoutUrl!)}
                data-testid="continue-payment"
              >
                <span className="kern-label">{t('payStep.continuePayment')}</span>
              </button>
            )}
            {payment?.status !== 'pending' && (
              <button
                type="button"
                className="kern-btn kern-btn--primary"
                onClick={() => void pay(Boolean(payment))}
                aria-busy={busy || undefined}
                data-testid="pay"
              >
                <span className="kern-label">
                  {fee.amountCents === 0 ? t('payStep.continueFree') : payment ? t('payStep.tryAgain') : t('payStep.pay', { amount })}
                </span>
              </button>
            )}
          </div>
        ) : (
          <p className="kern-body">{t('payStep.unavailable')}</p>
        ))
      )}
    </section>
  );
}
