import { useTranslation } from 'react-i18next';

/** "Step 2 of 4: About you", with a progress bar. */
export function StepIndicator({ current, total, label }: { current: number; total: number; label: string }) {
  const { t } = useTranslation('residency');
  return (
    <div className="stack step-indicator" data-testid="step-indicator">
      <p className="kern-body kern-body--bold">{t('apply.stepOf', { current, total, label })}</p>
      <progress className="kern-progress" max={total} value={current} aria-hidden="true" />
    </div>
  );
}
