import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSignedInAccount } from '../auth/useSignedInAccount';

/** The account page's way to register as a venue, or into the venue area for its operators. */
export function VenueAccountSection() {
  const { t } = useTranslation('venues');
  const operator = useSignedInAccount().roles.includes('venue_operator');
  return (
    <section className="stack" aria-labelledby="venue-account-heading">
      <h2 className="kern-heading-medium" id="venue-account-heading">
        {t('account.heading')}
      </h2>
      <p className="kern-body">{t('account.text')}</p>
      <p className="kern-body">
        <Link className="kern-link" to={operator ? '/venue' : '/venue/apply'} data-testid="venue-account-link">
          {operator ? t('account.open') : t('account.apply')}
        </Link>
      </p>
    </section>
  );
}
