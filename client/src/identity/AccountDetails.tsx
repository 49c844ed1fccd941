import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from './operations';
import { formatDate } from '../utils/formatDate';
import { Ltr } from '../components/Ltr';

function DetailItem({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{label}</dt>
      <dd className="kern-description-list-item__value" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

export function AccountDetails({ account }: { account: Account }) {
  const { t, i18n } = useTranslation();
  const roles = account.roles.map((role) => t(`roles.${role}`)).join(', ') || t('account.noRoles');

  return (
    <section className="stack" aria-labelledby="account-details-heading">
      <h2 className="kern-heading-medium" id="account-details-heading">
        {t('account.detailsHeading')}
      </h2>
      <dl className="kern-description-list">
        <DetailItem label={t('account.email')} testId="account-email">
          <Ltr>{account.email}</Ltr>
        </DetailItem>
        <DetailItem label={t('account.emailVerified')}>
          <span className={`kern-badge kern-badge--${account.emailVerified ? 'success' : 'warning'}`}>
            <span className="kern-label">{account.emailVerified ? t('account.verified') : t('account.notVerified')}</span>
          </span>
        </DetailItem>
        <DetailItem label={t('account.roles')}>{roles}</DetailItem>
        <DetailItem label={t('account.assuranceLevel')}>{t(`assuranceLevels.${account.assuranceLevel}`)}</DetailItem>
        <DetailItem label={t('account.memberSince')}>
          <time dateTime={account.createdAt}>{formatDate(account.createdAt, i18n.language)}</time>
        </DetailItem>
      </dl>
    </section>
  );
}
