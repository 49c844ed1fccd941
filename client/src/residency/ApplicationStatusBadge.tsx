import { useTranslation } from 'react-i18next';
import type { ApplicationStatus } from './operations';

const VARIANT: Record<ApplicationStatus, string> = {
  draft: 'info',
  submitted: 'info',
  info_requested: 'warning',
  approved: 'success',
  rejected: 'danger',
};

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation('residency');
  return (
    <span className={`kern-badge kern-badge--${VARIANT[status]}`} data-testid="application-status" data-status={status}>
      <span className="kern-label">{t(`status.${status}`)}</span>
    </span>
  );
}
