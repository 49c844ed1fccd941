import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export function SiteFooter() {
  const { t } = useTranslation();
  const { t: tLegal } = useTranslation('legal');
  return (
    <footer className="site-footer">
      <div className="kern-container stack">
        <p className="kern-body">{t('footer.about')}</p>
        <nav aria-label={tLegal('footer.label')} data-testid="legal-footer">
          <ul className="link-list">
            <li>
              <Link className="kern-link" to="/legal-notice">
                {tLegal('footer.notice')}
              </Link>
            </li>
            <li>
              <Link className="kern-link" to="/privacy">
                {tLegal('footer.privacy')}
              </Link>
            </li>
            <li>
              <Link className="kern-link" to="/accessibility">
                {tLegal('footer.accessibility')}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
