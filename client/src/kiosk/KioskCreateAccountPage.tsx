import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RegistrationSent } from '../identity/RegistrationSent';
import type { RegistrationResult } from '../identity/operations';
import { usePageTitle } from '../i18n/usePageTitle';
import { AccountStepForm } from './AccountStepForm';
import { getKioskDraft, setKioskDraft } from './draft';

/** Starting an application at the terminal: the account first (it can be continued on the phone). */
export function KioskCreateAccountPage() {
  const { t, i18n } = useTranslation('kiosk');
  const [registered, setRegistered] = useState<RegistrationResult>();
  usePageTitle(t('createAccount.title'));
  const initial = { preferredLanguage: i18n.resolvedLanguage, ...getKioskDraft() };
  return (
    <div className="stack" data-testid="kiosk-create-account">
      <h1 className="kern-heading-large">{t('createAccount.title')}</h1>
      {registered ? (
        <RegistrationSent result={registered} />
      ) : (
        <>
          <p className="kern-body">{t('createAccount.intro')}</p>
          <AccountStepForm initial={initial} onDraftChange={setKioskDraft} onRegistered={setRegistered} />
        </>
      )}
    </div>
  );
}
