import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { RegistrationResult } from './operations';
import { usePageTitle } from '../i18n/usePageTitle';
import { IntentNotice, parseIntent } from '../pages/IntentNotice';
import { RegisterForm } from './RegisterForm';
import { RegistrationSent } from './RegistrationSent';

export function RegisterPage() {
  const { t } = useTranslation();
  usePageTitle(t('register.title'));
  const [searchParams] = useSearchParams();
  const intent = parseIntent(searchParams.get('intent'));
  const [registration, setRegistration] = useState<RegistrationResult | null>(null);

  return (
    <div className="narrow stack">
      <h1 className="kern-heading-x-large">{t('register.title')}</h1>
      {registration ? (
        <RegistrationSent result={registration} />
      ) : (
        <>
          {intent && <IntentNotice intent={intent} />}
          <p className="kern-body">{t('register.intro')}</p>
          <RegisterForm onRegistered={setRegistration} />
          <p className="kern-body">
            {t('register.haveAccount')}{' '}
            <Link className="kern-link" to="/login">
              {t('register.loginLink')}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
