import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RESEND_VERIFICATION_EMAIL } from '../identity/operations';
import { useFormSubmission } from '../forms/useFormSubmission';
import { ErrorAlert } from './ErrorAlert';
import { SuccessPanel } from './SuccessPanel';

/** "Send the e-mail again" for an address the person has just typed or registered. */
export function ResendVerificationButton({ email }: { email: string }) {
  const { t } = useTranslation();
  const [resend] = useMutation(RESEND_VERIFICATION_EMAIL);
  const { busy, error, run } = useFormSubmission();
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function handleClick() {
    setSentTo(null);
    const result = await run(() => resend({ variables: { email } }));
    if (result) setSentTo(email);
  }

  return (
    <div className="stack">
      <div>
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          onClick={handleClick}
          aria-busy={busy || undefined}
          aria-disabled={busy || undefined}
        >
          <span className="kern-label">{busy ? t('status.submitting') : t('resendVerification.button')}</span>
        </button>
      </div>
      {sentTo && <SuccessPanel title={t('resendVerification.sent', { email: sentTo })} />}
      {error && <ErrorAlert error={error} />}
    </div>
  );
}
