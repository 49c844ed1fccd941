import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../api/appError';
import { ErrorAlert } from '../components/ErrorAlert';
import { FieldError } from '../components/FieldError';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { useFormSubmission } from '../forms/useFormSubmission';
import { clientValidationError, fieldErrorsOf } from '../forms/validation';
import { APPLY_FOR_BANK_ACCOUNT, BANK_ACCOUNT_PAGE, BANK_KYC_PREVIEW, type PartnerBank } from './operations';
import { KycPackagePreview } from './KycPackagePreview';
import { GermanBindingNotice } from '../components/GermanBindingNotice';

/** Choose a bank, read what will be handed over, consent, apply. */
export function BankApplyForm({ companyId, banks }: { companyId: string; banks: PartnerBank[] }) {
  const { t } = useTranslation('banking');
  const { t: tc } = useTranslation();
  const id = useId();
  const [bankId, setBankId] = useState(banks.length === 1 ? banks[0].id : '');
  const [consent, setConsent] = useState(false);
  const [idempotencyKey] = useState(() => `bank-${crypto.randomUUID()}`);
  const preview = useQuery(BANK_KYC_PREVIEW, { variables: { companyId }, fetchPolicy: 'cache-and-network' });
  const [apply] = useMutation(APPLY_FOR_BANK_ACCOUNT, { refetchQueries: [BANK_ACCOUNT_PAGE] });
  const { busy, error, setError, run } = useFormSubmission();
  const fieldErrors = fieldErrorsOf(error);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const invalid = clientValidationError(
      [
        ...(bankId ? [] : [{ field: 'bankId', message: tc('validation.required'), constraint: 'required' }]),
        ...(consent ? [] : [{ field: 'consent', message: tc('validation.required'), constraint: 'equals' }]),
      ],
      tc('validation.summary'),
    );
    if (invalid) return setError(invalid);
    if (!preview.data) return;
    const packageSha256 = preview.data.bankAccountKycPreview.contentSha256;
    await run(async () => {
      try {
        return await apply({ variables: { input: { companyId, bankId, consent, idempotencyKey, packageSha256 } } });
      } catch (caught) {
        // The data changed since it was shown: show the current package and ask for consent again.
        if (toAppError(caught).reason === 'PACKAGE_CHANGED') {
          setConsent(false);
          await preview.refetch();
        }
        throw caught;
      }
    });
  }

  if (banks.length === 0) return <p className="kern-body">{t('apply.noBanks')}</p>;

  return (
    <form className="stack" onSubmit={handleSubmit} noValidate data-testid="bank-apply-form">
      <h2 className="kern-heading-medium">{t('apply.heading')}</h2>
      {error && <ErrorAlert error={error} formFields={['bankId', 'consent']} />}
      <fieldset
        className={`kern-fieldset${fieldErrors.bankId ? ' kern-fieldset--error' : ''}`}
        aria-describedby={fieldErrors.bankId ? `${id}-bank-error` : undefined}
      >
        <legend className="kern-label">{t('apply.chooseBank')}</legend>
        <div className="kern-fieldset__body">
          {banks.map((bank) => (
            <div className="kern-form-check" key={bank.id}>
              <input
                className="kern-form-check__radio"
                type="radio"
                id={`${id}-${bank.code}`}
                name="bankId"
                value={bank.id}
                checked={bankId === bank.id}
                onChange={() => setBankId(bank.id)}
                data-testid={`bank-option-${bank.code}`}
                aria-describedby={`${id}-${bank.code}-hint`}
              />
              <label className="kern-label" htmlFor={`${id}-${bank.code}`}>
                {bank.name}
              </label>
              <p className="kern-hint" id={`${id}-${bank.code}-hint`}>
                {t('apply.bankDetails', { bic: bank.bic, bankCode: bank.bankCode })}
              </p>
            </div>
          ))}
        </div>
        {fieldErrors.bankId && <FieldError id={`${id}-bank-error`} message={fieldErrors.bankId} />}
      </fieldset>
      {preview.error && <ErrorAlert error={toAppError(preview.error)} />}
      {preview.loading && !preview.data && <LoadingIndicator />}
      {preview.data && <KycPackagePreview kyc={preview.data.bankAccountKycPreview} />}
      <GermanBindingNotice />
      <div className={`kern-form-check${fieldErrors.consent ? ' kern-form-check--error' : ''}`}>
        <input
          className={`kern-form-check__checkbox${fieldErrors.consent ? ' kern-form-check__checkbox--error' : ''}`}
          type="checkbox"
          id={`${id}-consent`}
          name="consent"
          checked={consent}
          onChange={(event) => setConsent(event.target.checked)}
          data-testid="bank-consent"
          aria-invalid={fieldErrors.consent ? true : undefined}
          aria-describedby={fieldErrors.consent ? `${id}-consent-error` : undefined}
        />
        <label className="kern-label" htmlFor={`${id}-consent`}>
          {t('consent.label')}
        </label>
        {fieldErrors.consent && <FieldError id={`${id}-consent-error`} message={fieldErrors.consent} />}
      </div>
      <div>
        <button
          type="submit"
          className="kern-btn kern-btn--primary"
          data-testid="bank-apply"
          aria-disabled={busy || !preview.data || undefined}
          aria-busy={busy || undefined}
        >
          <span className="kern-label">{busy ? t('apply.sending') : t('apply.submit')}</span>
        </button>
      </div>
    </form>
  );
}
