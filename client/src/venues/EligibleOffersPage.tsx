import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MY_ELIGIBLE_OFFERS, VENUE_KINDS, type VenueKind } from './operations';
import { toAppError } from '../api/appError';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { SelectField } from '../components/SelectField';
import { usePageTitle } from '../i18n/usePageTitle';
import { formatDiscount } from './formatDiscount';
import './venues.css';
import { ContentText } from '../components/ContentLanguage';

const PLACEHOLDER = '\uE000';

/** Residents: the running offers their card qualifies for, by kind of venue and district. */
export function EligibleOffersPage() {
  const { t, i18n } = useTranslation('venues');
  usePageTitle(t('eligible.title'));
  const [kind, setKind] = useState('');
  const [district, setDistrict] = useState('');
  const { data, loading, error } = useQuery(MY_ELIGIBLE_OFFERS, {
    variables: { kind: (kind || null) as VenueKind | null, district: district || null },
    // Titles come in the reader's language: a cached list may be in the one they used before.
    fetchPolicy: 'cache-and-network',
  });

  // The sentence around the conditions, wherever the translation puts them ("Conditions: …").
  const [conditionsBefore, conditionsAfter = ''] = t('eligible.conditions', { conditions: PLACEHOLDER }).split(PLACEHOLDER);

  return (
    <div className="stack-large" data-testid="eligible-offers">
      <h1 className="kern-heading-x-large">{t('eligible.title')}</h1>
      <p className="kern-body">{t('eligible.intro')}</p>
      <div className="filter-row">
        <SelectField
          name="kind"
          label={t('eligible.kind')}
          value={kind}
          onChange={setKind}
          options={[{ value: '', label: t('eligible.all') }, ...VENUE_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))]}
        />
        <SelectField
          name="district"
          label={t('eligible.district')}
          value={district}
          onChange={setDistrict}
          options={[
            { value: '', label: t('eligible.all') },
            { value: 'bochum', label: 'Bochum' },
            { value: 'wattenscheid', label: 'Wattenscheid' },
          ]}
        />
      </div>
      {error && <ErrorAlert error={toAppError(error)} formFields={[]} />}
      {loading && !data && <LoadingIndicator />}
      {data && data.myEligibleOffers.length === 0 && <p className="kern-body">{t('eligible.none')}</p>}
      <ul className="stack plain-list">
        {data?.myEligibleOffers.map((offer) => (
          <li key={offer.id} className="kern-card kern-card--surface" data-testid="eligible-offer">
            <div className="kern-card__container stack">
              <h2 className="kern-title">
                <ContentText text={offer.title} language={offer.titleLanguage} /> · {formatDiscount(offer, i18n.language)}
              </h2>
              <p className="kern-body">
                <strong>{offer.venue?.name}</strong> · {offer.venue && t(`kinds.${offer.venue.kind}`)} · {offer.venue?.address}
              </p>
              {offer.description && (
                <p className="kern-body">
                  <ContentText text={offer.description} language={offer.descriptionLanguage} />
                </p>
              )}
              {offer.conditions && (
                <p className="kern-body">
                  {conditionsBefore}
                  <ContentText text={offer.conditions} language={offer.conditionsLanguage} />
                  {conditionsAfter}
                </p>
              )}
              {offer.venue?.openingHours && <p className="kern-body">{offer.venue.openingHours}</p>}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
