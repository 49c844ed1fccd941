import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../i18n/usePageTitle';
import { TalkNowPanel } from './TalkNowPanel';

/** The kiosk's "call staff": the same talk-now queue, with large targets; the call opens in the kiosk's room page. */
export function KioskCallStaffPage() {
  const { t } = useTranslation('consultations');
  usePageTitle(t('talkNow.kioskTitle'));
  return (
    <div className="stack-large" data-testid="kiosk-call-staff">
      <h1 className="kern-heading-large">{t('talkNow.kioskTitle')}</h1>
      <p className="kern-body">{t('talkNow.kioskIntro')}</p>
      <TalkNowPanel office="citizens_office" kiosk />
      <TalkNowPanel office="economic_development" kiosk />
    </div>
  );
}
