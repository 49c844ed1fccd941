import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { usePollingFallback } from '../api/usePollingFallback';
import { useNotificationsChanged } from '../notifications/liveNotifications';
import { MY_CARDS, type CardRequest } from './operations';
import { PayStep } from '../payments/PayStep';
import { CardNextStep } from './CardNextStep';
import { READ_AGAIN_ON_EVENTS } from '../api/readAgainOnEvents';

/** Only while live updates are down: the issued card otherwise comes with its notification. */
const FALLBACK_POLL_MS = 5000;

/** Before the card exists: the next step towards it (request it once resident), then pay the fee when there is one. */
export function CardRequestStep({ request }: { request?: CardRequest }) {
  const { t } = useTranslation('cards');
  const cards = useQuery(MY_CARDS, { skip: !request, ...READ_AGAIN_ON_EVENTS });
  // The card's news (issued, …) comes with a notification that links to it: read the card again then. The
  // listener's first update (resync) is the catch-up read: a card issued between the page's query and
  // the moment this listens is not missed.
  useNotificationsChanged((update) => {
    if (request && (update.resync || update.notification?.link === '/card')) void cards.refetch().catch(() => undefined);
  });
  usePollingFallback(cards, request ? FALLBACK_POLL_MS : 0);
  if (!request) return <CardNextStep />;
  return (
    <section className="stack" aria-labelledby="card-fee-heading" data-testid="card-awaiting-payment">
      <h2 className="kern-heading-medium" id="card-fee-heading">
        {t('ui.fee.heading')}
      </h2>
      <p className="kern-body">{t('ui.fee.intro', { name: request.holderName })}</p>
      <PayStep purpose="citizen_card" subjectType={request.paymentSubjectType} subjectId={request.id} returnPath="/card" />
    </section>
  );
}
