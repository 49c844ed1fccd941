import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** The account page's way into the resident area. */
export function ResidencyAccountSection() {
  const { t } = useTranslation('residency');
  return (
    <section className="stack" aria-labelledby="residency-account-heading">
      <h2 className="kern-heading-medium" id="residency-account-heading">
        {t('account.heading')}
      </h2>
      <p className="kern-body">{t('account.text')}</p>
      <p className="kern-body">
        <Link className="kern-link" to="/residency" data-testid="residency-link">
          {t('account.link')}
        </Link>
      </p>
    </section>
  );
}
