import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNotificationsChanged } from '../notifications/liveNotifications';
import { MY_CARDS, type CardRequest } from './operations';
import { PayStep } from '../payments/PayStep';
import { CardNextStep } from './CardNextStep';

/**
 * While the card is issued in the background after payment, look again every few seconds, live or not: with the
 * catch-up read alone the English browser journey still missed the issued card once (cause not yet found).
 */
const POLL_WHILE_AWAITING_MS = 5000;

/** Before the card exists: the next step towards it (request it once resident), then pay the fee when there is one. */
export function CardRequestStep({ request }: { request?: CardRequest }) {
  const { t } = useTranslation('cards');
  const cards = useQuery(MY_CARDS, { skip: !request, pollInterval: request ? POLL_WHILE_AWAITING_MS : 0 });
  // The card's news (issued, …) comes with a notification that links to it: read the card again then. The
  // subscription's first event (resync, once it is registered on the server) is the catch-up read: an
  // issuing notification between this page's query and that moment is not lost.
  useNotificationsChanged((update) => {
    if (request && (update.resync || update.notification?.link === '/card')) void cards.refetch().catch(() => undefined);
  });
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
