import { useTranslation } from 'react-i18next';
import type { CitizenCard } from './operations';
import { formatDate } from '../utils/formatDate';

/** The card as people know cards: name, number, validity, district, status. */
export function CardFace({
  card,
}: {
  card: Pick<CitizenCard, 'number' | 'holderName' | 'validUntil' | 'district' | 'categories'> & {
    status?: CitizenCard['status'];
    holderNameVerified?: boolean;
  };
}) {
  const { t, i18n } = useTranslation('cards');
  return (
    <div className="card-face" data-testid="card-face">
      <div>
        <p className="kern-body">{t('pdf.title', { city: 'Bochum' })}</p>
        <p className="kern-body" style={{ fontWeight: 700 }}>
          {card.holderName}
        </p>
        {card.holderNameVerified === false && (
          <p className="kern-body kern-body--small" data-testid="card-name-not-verified">
            {t('pdf.nameNotVerified')}
          </p>
        )}
      </div>
      <p className="card-face__number" data-testid="card-number" dir="ltr">
        {card.number}
      </p>
      <div className="button-row">
        <span>
          {t('pdf.validUntil')}: {formatDate(card.validUntil, i18n.language)}
        </span>
        <span>{t(`pdf.districts.${card.district}`, { defaultValue: card.district })}</span>
        {card.status && (
          <span className="kern-badge" data-testid="card-status">
            <span className="kern-label">{t(`ui.status.${card.status}`)}</span>
          </span>
        )}
      </div>
    </div>
  );
}
