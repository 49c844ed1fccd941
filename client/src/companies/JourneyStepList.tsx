import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { openProtectedFile } from '../api/restFiles';
import type { OnboardingStep, OnboardingStepState } from './operations';
import { StepStatusBadge } from './StepStatusBadge';

/** The journey's steps, each with its state, a detail, its page and its documents; the next one stands out. */
export function JourneyStepList({
  steps,
  nextStep,
  readOnly = false,
}: {
  steps: OnboardingStepState[];
  nextStep: OnboardingStep | null;
  readOnly?: boolean;
}) {
  const { t } = useTranslation('companies');
  // Detail and document keys come from each step's domain, with their namespace.
  const tAny = t as unknown as (key: string) => string;

  return (
    <ol className="journey-steps">
      {steps.map((step) => {
        const isNext = step.step === nextStep;
        const linkable = !readOnly && step.link && step.status !== 'not_available' && step.step !== 'done';
        return (
          <li
            key={step.step}
            className={`journey-step journey-step--${step.status}${isNext ? ' journey-step--next' : ''}`}
            data-testid={`journey-step-${step.step}`}
            data-status={step.status}
            aria-current={isNext ? 'step' : undefined}
          >
            <div className="journey-step__head">
              <h3 className="kern-title">{t(`steps.${step.step}`)}</h3>
              <StepStatusBadge status={step.status} />
            </div>
            {isNext && <p className="kern-body kern-body--bold">{t('journey.next')}</p>}
            {step.detailKey && <p className="kern-body kern-body--small">{tAny(step.detailKey)}</p>}
            {step.documents.length > 0 && (
              <ul className="journey-step__documents" aria-label={t('journey.documents')}>
                {step.documents.map((document) => (
                  <li key={document.url}>
                    {document.url.startsWith('/api/') ? (
                      <button
                        type="button"
                        className="kern-link"
                        onClick={() => void openProtectedFile(document.url, tAny(document.labelKey))}
                      >
                        {tAny(document.labelKey)}
                      </button>
                    ) : (
                      <a className="kern-link" href={document.url}>
                        {tAny(document.labelKey)}
                      </a>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {linkable && (
              <Link
                className={`kern-btn ${isNext ? 'kern-btn--primary' : 'kern-btn--secondary'}`}
                to={step.link!}
                data-testid={`journey-step-link-${step.step}`}
              >
                <span className="kern-label">{t('journey.open')}</span>
              </Link>
            )}
          </li>
        );
      })}
    </ol>
  );
}
