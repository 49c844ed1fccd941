import { useTranslation } from 'react-i18next';
import { STAFF_ROLES } from '../auth/roles';
import { useSignedInAccount } from '../auth/useSignedInAccount';
import { usePageTitle } from '../i18n/usePageTitle';
import { FailedEmailsPanel } from '../notifications/FailedEmailsPanel';
import { CaseQueue } from '../backoffice/CaseQueue';
import { StaffCardLookup } from '../cards/StaffCardLookup';
import { StaffInPersonIdentificationPanel } from '../identity-verification/StaffInPersonIdentificationPanel';
import { StaffJourneysPanel } from '../companies/StaffJourneysPanel';
import { StaffGrowthPanel } from '../companies/StaffGrowthPanel';
import { StaffMailPanel } from '../business-address/StaffMailPanel';
import { StaffResidentMailPanel } from '../addresses/StaffResidentMailPanel';
import { StaffCertificatesPanel } from '../pki/StaffCertificatesPanel';
import { StaffMailboxPanel } from '../secure-messaging/StaffMailboxPanel';
import { StaffPrivacyLink } from '../privacy/PrivacyAccountSection';

/** Shell of the staff area; the case queue is filled in by later work. */
export function StaffPage() {
  const { t } = useTranslation();
  usePageTitle(t('staff.title'));
  const account = useSignedInAccount();
  const staffRoles = account.roles.filter((role) => STAFF_ROLES.includes(role));

  return (
    <div className="stack-large">
      <div className="stack">
        <h1 className="kern-heading-x-large">{t('staff.title')}</h1>
        <p className="kern-body">{t('staff.intro')}</p>
      </div>
      <section className="stack" aria-labelledby="staff-roles-heading">
        <h2 className="kern-heading-medium" id="staff-roles-heading">
          {t('staff.yourRoles')}
        </h2>
        <ul className="badge-list">
          {staffRoles.map((role) => (
            <li key={role}>
              <span className="kern-badge kern-badge--info">
                <span className="kern-label">{t(`roles.${role}`)}</span>
              </span>
            </li>
          ))}
        </ul>
        <StaffPrivacyLink />
      </section>
      <section className="kern-card kern-card--surface case-queue" aria-labelledby="case-queue-heading">
        <div className="kern-card__container">
          <header className="kern-card__header">
            <h2 className="kern-title" id="case-queue-heading">
              {t('staff.queueHeading')}
            </h2>
          </header>
          <div className="kern-card__body">
            <CaseQueue />
          </div>
        </div>
      </section>
      {account.roles.some((role) => role === 'staff_citizens_office' || role === 'admin') && <StaffCardLookup />}
      <StaffInPersonIdentificationPanel />
      <StaffJourneysPanel />
      <StaffGrowthPanel />
      <StaffResidentMailPanel />
      <StaffMailPanel />
      <StaffCertificatesPanel />
      <StaffMailboxPanel />
      <FailedEmailsPanel />
    </div>
  );
}
