import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';

/**
 * Where to send someone whose request failed with ASSURANCE_TOO_LOW: the identity page, which
 * brings them back here (or to the company journey) afterwards.
 */
export function RaiseAssuranceLink({ companyId }: { companyId?: string }) {
  const { t } = useTranslation('identity-verification');
  const location = useLocation();
  const target = companyId
    ? `/identity?companyId=${encodeURIComponent(companyId)}`
    : `/identity?returnTo=${encodeURIComponent(`${location.pathname}${location.search}`)}`;
  return (
    <Link className="kern-btn kern-btn--primary" to={target} data-testid="raise-assurance">
      <span className="kern-label">{t('raise')}</span>
    </Link>
  );
}
