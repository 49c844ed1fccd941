import { useTranslation } from 'react-i18next';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="kern-container">
        <p className="kern-body">{t('footer.about')}</p>
      </div>
    </footer>
  );
}
