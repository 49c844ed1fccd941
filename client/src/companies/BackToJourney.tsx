import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export function BackToJourney({ companyId }: { companyId: string }) {
  const { t } = useTranslation('companies');
  return (
    <p>
      <Link className="kern-link" to={`/company/${companyId}`} data-testid="back-to-journey">
        {t('back')}
      </Link>
    </p>
  );
}
