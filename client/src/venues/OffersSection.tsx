import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Offer } from './operations';
import { formatDiscount } from './formatDiscount';
import { OfferForm } from './OfferForm';
import { ContentText } from '../components/ContentLanguage';

/** The venue's offers; add or edit one at a time. */
export function OffersSection({ offers }: { offers: Offer[] }) {
  const { t, i18n } = useTranslation('venues');
  const [editing, setEditing] = useState<Offer | 'new'>();

  return (
    <section className="kern-card kern-card--surface" aria-labelledby="offers-heading" data-testid="offers">
      <div className="kern-card__container stack">
        <h2 className="kern-title" id="offers-heading">
          {t('offers.heading')}
        </h2>
        <ul className="stack plain-list">
          {offers.map((offer) => (
            <li key={offer.id} className="offer-row" data-testid="offer-row">
              <span className="kern-body">
                <strong>
                  <ContentText text={offer.title} language={offer.titleLanguage} />
                </strong>{' '}
                · {formatDiscount(offer, i18n.language)} ·{' '}
                {offer.categories.map((category) => t(`categories.${category}` as 'categories.student')).join(', ')}
              </span>
              <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => setEditing(offer)}>
                <span className="kern-label">{t('offers.edit')}</span>
              </button>
            </li>
          ))}
        </ul>
        {editing ? (
          <OfferForm
            key={editing === 'new' ? 'new' : editing.id}
            offer={editing === 'new' ? undefined : editing}
            onDone={() => setEditing(undefined)}
          />
        ) : (
          <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setEditing('new')} data-testid="new-offer">
            <span className="kern-label">{t('offers.add')}</span>
          </button>
        )}
      </div>
    </section>
  );
}
