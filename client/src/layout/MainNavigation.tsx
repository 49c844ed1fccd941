import { NavLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { isStaff } from '../auth/roles';
import type { Role } from '../identity/operations';
import { useSession } from '../auth/useSession';
import { NotificationBell } from '../notifications/NotificationBell';
import { isCommunicationStaff } from '../participation/communicationRoles';

function NavItem({ to, label }: { to: string; label: string }) {
  return (
    <li>
      <NavLink to={to} className="kern-link main-navigation__link">
        {label}
      </NavLink>
    </li>
  );
}

/** Reference data and roles, each for the roles that keep it (the server decides again). */
function AdministrationNavItems({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  const has = (...allowed: Role[]) => allowed.some((role) => roles.includes(role));
  return (
    <>
      {has('admin') && <NavItem to="/staff/roles" label={t('nav.roles')} />}
      {has('admin') && <NavItem to="/staff/partner-banks" label={t('admin.nav', { ns: 'banking' })} />}
      {has('admin', 'staff_economic_development') && (
        <NavItem to="/staff/service-points" label={t('servicePointsAdmin.nav', { ns: 'business-address' })} />
      )}
      {has('admin', 'staff_citizens_office') && <NavItem to="/staff/address-pools" label={t('pools.nav', { ns: 'addresses' })} />}
      {has('admin', 'staff_citizens_office', 'staff_economic_development') && (
        <NavItem to="/staff/kiosk-devices" label={t('staff.nav', { ns: 'kiosk' })} />
      )}
      {has('admin', 'staff_citizens_office', 'staff_economic_development') && (
        <NavItem to="/staff/talk-now" label={t('talkNow.desk.title', { ns: 'consultations' })} />
      )}
    </>
  );
}

/** Login/register when signed out; account (and staff area for staff) when signed in. */
export function MainNavigation() {
  const { t } = useTranslation();
  const session = useSession();

  return (
    <nav className="main-navigation" aria-label={t('header.mainNavigation')}>
      <ul className="main-navigation__list">
        {session.status === 'signedIn' ? (
          <>
            <li>
              <NotificationBell />
            </li>
            <NavItem to="/card" label={t('ui.nav', { ns: 'cards' })} />
            <NavItem to="/news" label={t('nav.news', { ns: 'participation' })} />
            <NavItem to="/events" label={t('nav.events', { ns: 'participation' })} />
            <NavItem to="/surveys" label={t('nav.surveys', { ns: 'participation' })} />
            <NavItem to="/appointments" label={t('nav.mine', { ns: 'appointments' })} />
            <NavItem to="/consultations/talk-now" label={t('talkNow.pageTitle', { ns: 'consultations' })} />
            <NavItem to="/residency" label={t('nav', { ns: 'residency' })} />
            {session.account.roles.includes('resident') && <NavItem to="/offers" label={t('nav.offers', { ns: 'venues' })} />}
            {session.account.roles.includes('resident') && <NavItem to="/address/mail" label={t('nav', { ns: 'addresses' })} />}
            {session.account.roles.includes('venue_operator') && <NavItem to="/venue" label={t('nav.venue', { ns: 'venues' })} />}
            <NavItem to="/company" label={t('nav', { ns: 'companies' })} />
            <NavItem to="/account" label={t('nav.account')} />
            {isStaff(session.account.roles) && <NavItem to="/staff" label={t('nav.staff')} />}
            {isStaff(session.account.roles) && <NavItem to="/staff/payments" label={t('staff.nav', { ns: 'payments' })} />}
            {isStaff(session.account.roles) && <NavItem to="/staff/appointments" label={t('nav.staff_day', { ns: 'appointments' })} />}
            {isStaff(session.account.roles) && <NavItem to="/staff/venue-statistics" label={t('nav.statistics', { ns: 'venues' })} />}
            {isStaff(session.account.roles) && <NavItem to="/staff/venues" label={t('nav.staffVenues', { ns: 'venues' })} />}
            {isCommunicationStaff(session.account.roles) && (
              <NavItem to="/staff/participation" label={t('nav.staff', { ns: 'participation' })} />
            )}
            {(isStaff(session.account.roles) || isCommunicationStaff(session.account.roles)) && (
              <NavItem to="/staff/statistics" label={t('nav.statistics', { ns: 'backoffice' })} />
            )}
            <AdministrationNavItems roles={session.account.roles} />
          </>
        ) : (
          <>
            <NavItem to="/login" label={t('nav.login')} />
            <NavItem to="/register" label={t('nav.register')} />
          </>
        )}
        {session.status !== 'signedIn' && <NavItem to="/news" label={t('nav.news', { ns: 'participation' })} />}
        <NavItem to="/verify-signature" label={t('nav.verify', { ns: 'pki' })} />
      </ul>
    </nav>
  );
}
