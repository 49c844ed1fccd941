import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CompanyDashboardQuery } from '../gql/graphql';

const STEPS = ['prepare', 'notary', 'register'] as const;
const STEP_DONE: Record<string, number> = { preparing: 0, handed_over_to_notary: 1, registered: 3 };

/**
 * The journey's next phase: representative office → branch → subsidiary, with each plan's steps. The
 * plans come with the journey page's dashboard, in the same request (COMPANY_DASHBOARD).
 */
export function GrowthPhase({
  companyId,
  officeActive,
  plans,
}: {
  companyId: string;
  officeActive: boolean;
  plans: CompanyDashboardQuery['companyGrowth'];
}) {
  const { t } = useTranslation('companies');
  if (!officeActive && plans.length === 0) return null;
  return (
    <section className="kern-card kern-card--surface" aria-labelledby="growth-phase-heading" data-testid="growth-phase">
      <div className="kern-card__container stack">
        <h2 className="kern-title" id="growth-phase-heading">
          {t('growth.journeyHeading')}
        </h2>
        <p className="kern-body">{t('growth.journeyIntro')}</p>
        {plans.length === 0 && <p className="kern-body kern-body--small">{t('growth.journeyNone')}</p>}
        {plans.map((plan) => (
          <div key={plan.id} className="stack" data-testid={`growth-phase-${plan.kind}`}>
            <p className="kern-body kern-body--bold">
              {t(`growth.kinds.${plan.kind}`)}: {t(`growth.stages.${plan.stage}`)}
            </p>
            <ol className="growth-steps">
              {STEPS.map((step, index) => (
                <li key={step} data-done={index < STEP_DONE[plan.stage] ? 'true' : 'false'} className="kern-body kern-body--small">
                  {t(`growth.steps.${step}`)}
                  {index < STEP_DONE[plan.stage] ? ' ✓' : ''}
                </li>
              ))}
              <li data-done={plan.establishmentStatus === 'active' ? 'true' : 'false'} className="kern-body kern-body--small">
                {t('growth.steps.trade')}
                {plan.establishmentStatus === 'active' ? ' ✓' : ''}
              </li>
            </ol>
          </div>
        ))}
        <div>
          <Link className="kern-link" to={`/company/${companyId}/growth`} data-testid="growth-phase-link">
            {t('growth.journeyLink')}
          </Link>
        </div>
      </div>
    </section>
  );
}
