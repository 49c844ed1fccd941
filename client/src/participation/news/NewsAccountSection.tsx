import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** On the account page: where to choose which news reach me by e-mail. */
export function NewsAccountSection() {
  const { t } = useTranslation('participation');
  return (
    <section className="stack" aria-labelledby="news-email-heading" data-testid="news-account-section">
      <h2 className="kern-heading-medium" id="news-email-heading">
        {t('news.preferences.title')}
      </h2>
      <p className="kern-body">{t('news.preferences.intro')}</p>
      <p className="kern-body">
        <Link className="kern-link" to="/news/preferences">
          {t('news.preferences.link')}
        </Link>
      </p>
    </section>
  );
}
