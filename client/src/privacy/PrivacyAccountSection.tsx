import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** On the account page: the way to one's data rights. */
export function PrivacyAccountSection() {
  const { t } = useTranslation('privacy');
  return (
    <section className="stack" aria-labelledby="privacy-heading">
      <h2 className="kern-heading-medium" id="privacy-heading">
        {t('account.heading')}
      </h2>
      <p className="kern-body">
        <Link className="kern-link" to="/account/privacy" data-testid="privacy-link">
          {t('account.link')}
        </Link>
      </p>
    </section>
  );
}

/** On the staff page: the records of processing. */
export function StaffPrivacyLink() {
  const { t } = useTranslation('privacy');
  return (
    <p className="kern-body">
      <Link className="kern-link" to="/staff/privacy" data-testid="records-link">
        {t('records.title')}
      </Link>
    </p>
  );
}
