import { useTranslation } from 'react-i18next';
import type { OnboardingStepStatus } from './operations';
import { STATUS_VARIANT } from './journeyFormat';

export function StepStatusBadge({ status }: { status: OnboardingStepStatus }) {
  const { t } = useTranslation('companies');
  return (
    <span className={`kern-badge kern-badge--${STATUS_VARIANT[status]}`} data-testid="step-status">
      <span className="kern-label">{t(`status.${status}`)}</span>
    </span>
  );
}
