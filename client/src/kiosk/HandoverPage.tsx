import { useMutation } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router-dom';
import { toAppError, type AppError } from '../api/appError';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import type { RedeemKioskHandoverMutation } from '../gql/graphql';
import { RegistrationSent } from '../identity/RegistrationSent';
import type { RegistrationResult } from '../identity/operations';
import { usePageTitle } from '../i18n/usePageTitle';
import { AccountStepForm } from './AccountStepForm';
import { phonePathFor } from './handoverStep';
import { REDEEM_KIOSK_HANDOVER } from './operations';

type Redemption = RedeemKioskHandoverMutation['redeemKioskHandover'];
type Outcome = { kind: 'redeemed'; redemption: Redemption } | { kind: 'failed'; error: AppError };

// A code is redeemed once: a second effect run (React's development checks) waits for the same answer.
const redemptions = new Map<string, Promise<Outcome>>();

/** On the person's phone: /handover/<code> from the terminal's QR code continues the step there. */
export function HandoverPage() {
  const { t } = useTranslation('kiosk');
  const { code = '' } = useParams();
  const [redeem] = useMutation(REDEEM_KIOSK_HANDOVER);
  const [outcome, setOutcome] = useState<Outcome>();
  const [registered, setRegistered] = useState<RegistrationResult>();
  usePageTitle(t('handoverPage.title'));

  useEffect(() => {
    let current = true;
    let pending = redemptions.get(code);
    if (!pending) {
      pending = redeem({ variables: { code } }).then(
        (result): Outcome =>
          result.data
            ? { kind: 'redeemed', redemption: result.data.redeemKioskHandover }
            : { kind: 'failed', error: toAppError(result.error) },
        (error: unknown): Outcome => ({ kind: 'failed', error: toAppError(error) }),
      );
      redemptions.set(code, pending);
    }
    void pending.then((next) => {
      if (current) setOutcome(next);
    });
    return () => {
      current = false;
    };
  }, [code, redeem]);

  if (!outcome) return <LoadingIndicator />;
  if (outcome.kind === 'failed') {
    return (
      <div className="stack" data-testid="kiosk-handover-failed">
        <h1 className="kern-heading-large">{t('handoverPage.title')}</h1>
        <ErrorAlert error={outcome.error} />
      </div>
    );
  }
  const { redemption } = outcome;
  const target = phonePathFor(redemption.step, redemption.articleId);
  // The sign-in page with the address typed at the terminal filled in (router state, not the URL); the password is typed here.
  if (target)
    return <Navigate to={target} replace state={redemption.step === 'sign_in' && redemption.email ? { email: redemption.email } : null} />;
  return (
    <div className="stack" data-testid="kiosk-handover-continued">
      <h1 className="kern-heading-large">{t('createAccount.title')}</h1>
      {registered ? (
        <RegistrationSent result={registered} />
      ) : (
        <>
          <p className="kern-body">{t('handoverPage.continued')}</p>
          <AccountStepForm
            initial={{ email: redemption.email ?? undefined, preferredLanguage: redemption.preferredLanguage ?? undefined }}
            onRegistered={setRegistered}
          />
        </>
      )}
    </div>
  );
}
