import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../i18n/usePageTitle';
import { TalkNowPanel } from './TalkNowPanel';

/** Founders and residents: talk to economic development or the citizens' office by video now (/consultations/talk-now). */
export function TalkNowPage() {
  const { t } = useTranslation('consultations');
  usePageTitle(t('talkNow.pageTitle'));
  return (
    <div className="stack-large" data-testid="talk-now-page">
      <h1 className="kern-heading-x-large">{t('talkNow.pageTitle')}</h1>
      <p className="kern-body">{t('talkNow.intro')}</p>
      <TalkNowPanel office="economic_development" />
      <TalkNowPanel office="citizens_office" />
    </div>
  );
}
