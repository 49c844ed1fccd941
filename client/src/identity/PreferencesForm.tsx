import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { UPDATE_MY_PREFERENCES } from './operations';
import type { Account } from './operations';
import { updateAccount } from '../auth/sessionStore';
import { ErrorAlert } from '../components/ErrorAlert';
import { PreferredLanguageField } from '../components/PreferredLanguageField';
import { SubmitButton } from '../components/SubmitButton';
import { SuccessPanel } from '../components/SuccessPanel';
import { useFormSubmission } from '../forms/useFormSubmission';
import { fieldErrorsOf } from '../forms/validation';
import { changeLanguage } from '../i18n/i18n';

/** Changes the preferred language on the server and switches the UI to it. */
export function PreferencesForm({ account }: { account: Account }) {
  const { t } = useTranslation();
  const [preferredLanguage, setPreferredLanguage] = useState(account.preferredLanguage);
  const [saved, setSaved] = useState(false);
  const [updatePreferences] = useMutation(UPDATE_MY_PREFERENCES);
  const { busy, error, run } = useFormSubmission();

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const result = await run(() => updatePreferences({ variables: { input: { preferredLanguage } } }));
    if (!result?.data) return;
    updateAccount(result.data.updateMyPreferences);
    await changeLanguage(result.data.updateMyPreferences.preferredLanguage);
    setSaved(true);
  }

  return (
    <section className="stack" aria-labelledby="preferences-heading">
      <h2 className="kern-heading-medium" id="preferences-heading">
        {t('account.preferencesHeading')}
      </h2>
      <p className="kern-body">{t('account.preferencesIntro')}</p>
      {error && <ErrorAlert error={error} formFields={['preferredLanguage']} />}
      {saved && <SuccessPanel title={t('account.preferencesSaved')} />}
      <form className="stack" onSubmit={handleSubmit} noValidate>
        <PreferredLanguageField value={preferredLanguage} onChange={setPreferredLanguage} error={fieldErrorsOf(error).preferredLanguage} />
        <div>
          <SubmitButton label={t('account.preferencesSubmit')} busy={busy} />
        </div>
      </form>
    </section>
  );
}
