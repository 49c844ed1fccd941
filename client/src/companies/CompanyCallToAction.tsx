import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** The entrepreneurs' way straight into the company journey (the start page asks for sign-in when needed). */
export function CompanyCallToAction() {
  const { t } = useTranslation('companies');
  return (
    <section className="stack" aria-labelledby="company-cta-heading" data-testid="company-cta">
      <h2 className="kern-heading-medium" id="company-cta-heading">
        {t('landing.title')}
      </h2>
      <p className="kern-body">{t('landing.text')}</p>
      <div>
        <Link className="kern-btn kern-btn--primary" to="/company/new" data-testid="company-cta-start">
          <span className="kern-label">{t('landing.action')}</span>
        </Link>
      </div>
    </section>
  );
}
