import { useTranslation } from 'react-i18next';
import type { CardRequest } from '../api/cardOperations';
import { RequestCardForm } from './RequestCardForm';

/** Before the card exists: ask for it, then pay the fee when there is one. */
export function CardRequestStep({ request }: { request?: CardRequest }) {
  const { t } = useTranslation('cards');
  if (!request) return <RequestCardForm />;
  return (
    <section className="stack" aria-labelledby="card-fee-heading" data-testid="card-awaiting-payment">
      <h2 className="kern-heading-medium" id="card-fee-heading">
        {t('ui.fee.heading')}
      </h2>
      <p className="kern-body">{t('ui.fee.intro', { name: request.holderName })}</p>
    </section>
  );
}
