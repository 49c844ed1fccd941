import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ltrText } from '../components/Ltr';
import { useSession } from '../auth/useSession';
import { usePageTitle } from '../i18n/usePageTitle';

interface Tile {
  to: string;
  title: string;
  text: string;
  testId: string;
}

/** What a person can do alone at the terminal. */
export function KioskMenuPage() {
  const { t } = useTranslation(['kiosk', 'consultations']);
  const session = useSession();
  usePageTitle(t('menu.title'));
  const signedIn = session.status === 'signedIn';
  const tiles: Tile[] = [
    { to: '/news', title: t('menu.news.title'), text: t('menu.news.text'), testId: 'kiosk-menu-news' },
    { to: '/kiosk/about', title: t('menu.about.title'), text: t('menu.about.text'), testId: 'kiosk-menu-about' },
    ...(signedIn
      ? [
          { to: '/residency', title: t('menu.residency.title'), text: t('menu.residency.text'), testId: 'kiosk-menu-residency' },
          { to: '/events', title: t('menu.events.title'), text: t('menu.events.text'), testId: 'kiosk-menu-events' },
        ]
      : [
          {
            to: '/kiosk/create-account',
            title: t('menu.createAccount.title'),
            text: t('menu.createAccount.text'),
            testId: 'kiosk-menu-create-account',
          },
          { to: '/kiosk/sign-in', title: t('menu.signIn.title'), text: t('menu.signIn.text'), testId: 'kiosk-menu-sign-in' },
        ]),
    // Signed out, the sign-in step comes first.
    {
      to: '/kiosk/appointments',
      title: t('menu.appointments.title'),
      text: t('menu.appointments.text'),
      testId: 'kiosk-menu-appointments',
    },
    // A video call with the staff member on duty (the talk-now queue; signed out, the sign-in step comes first).
    {
      to: '/kiosk/call-staff',
      title: t('consultations:talkNow.kioskTile.title'),
      text: t('consultations:talkNow.kioskTile.text'),
      testId: 'kiosk-menu-call-staff',
    },
  ];
  return (
    <div className="stack" data-testid="kiosk-menu">
      <h1 className="kern-heading-large">{t('menu.title')}</h1>
      {session.status === 'signedIn' && (
        <p className="kern-body" data-testid="kiosk-signed-in-as">
          {t('menu.signedInAs', { email: ltrText(session.account.email) })}
        </p>
      )}
      <ul className="kiosk-tiles kiosk-tiles--wide" role="list">
        {tiles.map((tile) => (
          <li key={tile.to}>
            <Link className="kiosk-tile kiosk-tile--link" to={tile.to} data-testid={tile.testId}>
              <span className="kiosk-tile-title">{tile.title}</span>
              <span className="kiosk-tile-text">{tile.text}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
