import { useTranslation } from 'react-i18next';
import type { CaseStatus } from './operations';

const VARIANT: Record<CaseStatus, string> = { open: 'info', waiting_for_applicant: 'warning', closed: 'success' };

export function CaseStatusBadge({ status, outcome }: { status: CaseStatus; outcome: string | null }) {
  const { t } = useTranslation('backoffice');
  return (
    <span
      className={`kern-badge kern-badge--${outcome === 'rejected' ? 'danger' : VARIANT[status]}`}
      data-testid="case-status"
      data-status={status}
    >
      <span className="kern-label">{outcome ? t(`outcomes.${outcome}` as 'outcomes.approved') : t(`statuses.${status}`)}</span>
    </span>
  );
}
