import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MY_CARDS, type CardRequest } from './operations';
import { PayStep } from '../payments/PayStep';
import { CardNextStep } from './CardNextStep';

/** While the card is issued in the background after payment, look again every few seconds. */
const POLL_WHILE_AWAITING_MS = 3000;

/** Before the card exists: the next step towards it (request it once resident), then pay the fee when there is one. */
export function CardRequestStep({ request }: { request?: CardRequest }) {
  const { t } = useTranslation('cards');
  useQuery(MY_CARDS, { pollInterval: POLL_WHILE_AWAITING_MS, skip: !request });
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
