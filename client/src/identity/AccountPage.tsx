import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ME } from './operations';
import { updateAccount } from '../auth/sessionStore';
import { useSignedInAccount } from '../auth/useSignedInAccount';
import { usePageTitle } from '../i18n/usePageTitle';
import { ResidencyAccountSection } from '../residency/ResidencyAccountSection';
import { FeesSection } from '../payments/FeesSection';
import { NewsAccountSection } from '../participation/news/NewsAccountSection';
import { PrivacyAccountSection } from '../privacy/PrivacyAccountSection';
import { VenueAccountSection } from '../venues/VenueAccountSection';
import { AccountDetails } from './AccountDetails';
import { ChangePasswordForm } from './ChangePasswordForm';
import { LogoutButton } from './LogoutButton';
import { PreferencesForm } from './PreferencesForm';

export function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.title'));
  const sessionAccount = useSignedInAccount();
  // The session already has the account; fetch it fresh so the page shows the current state.
  const { data } = useQuery(ME, { fetchPolicy: 'network-only' });

  useEffect(() => {
    if (data?.me) updateAccount(data.me);
  }, [data]);

  const account = data?.me ?? sessionAccount;

  return (
    <div className="narrow stack-large">
      <h1 className="kern-heading-x-large">{t('account.title')}</h1>
      <AccountDetails account={account} />
      {/* Keyed: the language switcher may change the preference while this page is open. */}
      <PreferencesForm key={account.preferredLanguage} account={account} />
      <ResidencyAccountSection />
      <FeesSection accountId={account.id} />
      <NewsAccountSection />
      <VenueAccountSection />
      <ChangePasswordForm />
      <PrivacyAccountSection />
      <section className="stack" aria-labelledby="logout-heading">
        <h2 className="kern-heading-medium" id="logout-heading">
          {t('account.logoutHeading')}
        </h2>
        <LogoutButton />
      </section>
    </div>
  );
}
