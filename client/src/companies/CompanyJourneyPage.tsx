import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { toAppError } from '../api/appError';
import { useLiveUpdates } from '../api/useLiveUpdates';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { usePageTitle } from '../i18n/usePageTitle';
import { CompanyMailboxSummary } from '../secure-messaging/CompanyMailboxSummary';
import { COMPANY_DASHBOARD, COMPANY_JOURNEY_CHANGED } from './operations';
import { GrowthPhase } from './GrowthPhase';
import { JourneyStepList } from './JourneyStepList';
import { formatElapsed } from './journeyFormat';
import { RepresentativesSection } from './RepresentativesSection';
import { useJourneyActivity } from './useJourneyActivity';
import { VatCheckPanel } from './VatCheckPanel';
import './companies.css';

/** Only while live updates are down and a step waits for the office. */
const JOURNEY_FALLBACK_POLL_MS = 15_000;

/** The journey and the company's dashboard: progress, active time, every step, the people, the office's messages. */
export function CompanyJourneyPage() {
  const { companyId = '' } = useParams();
  const { t } = useTranslation('companies');
  const dashboard = useQuery(COMPANY_DASHBOARD, { variables: { companyId }, fetchPolicy: 'cache-and-network' });
  const { data, loading, error } = dashboard;
  // A step's new state (a decision, a paid fee, …) shows the moment it changes: the event's journey goes into
  // the cache. Representatives only; while live updates are down, the page looks again while the office has a step.
  const waitingForOffice = data?.companyJourney.steps.some((step) => step.status === 'waiting_for_office') ?? false;
  useLiveUpdates(
    COMPANY_JOURNEY_CHANGED,
    { variables: { companyId }, skip: !data?.company.myRole },
    dashboard,
    waitingForOffice ? JOURNEY_FALLBACK_POLL_MS : 0,
  );
  // Only representatives spend journey time; staff looking at the journey send nothing.
  const reported = useJourneyActivity(companyId, { disabled: !data?.company.myRole });
  usePageTitle(data?.company.legalName ?? t('journey.title'));
  // The VAT panel shows while the check needs attention, and stays for this visit once shown, so that
  // "check again" ends on its result instead of the panel vanishing.
  const vatNeedsAttention = !!data?.company.vatCheck && data.company.vatCheck.status !== 'valid';
  const [vatPanelShown, setVatPanelShown] = useState(false);
  useEffect(() => {
    if (vatNeedsAttention) setVatPanelShown(true);
  }, [vatNeedsAttention]);

  if (error && !data) return <ErrorAlert error={toAppError(error)} />;
  if (loading && !data) return <LoadingIndicator />;
  if (!data) return null;
  const { company, companyJourney: journey } = data;
  const elapsed = Math.max(reported ?? 0, journey.elapsedSeconds);

  return (
    <div className="stack-large">
      <div className="stack">
        <h1 className="kern-heading-x-large">
          {company.legalName} {company.legalForm}
        </h1>
        <p className="kern-body">{t('journey.title')}</p>
      </div>
      <section className="journey-summary" aria-label={t('journey.title')}>
        <div className="stack">
          <p className="kern-body kern-body--bold">{t('journey.progress', { done: journey.doneSteps, total: journey.totalSteps })}</p>
          <progress
            className="kern-progress"
            max={journey.totalSteps}
            value={journey.doneSteps}
            data-testid="journey-progress"
            aria-label={t('journey.progress', { done: journey.doneSteps, total: journey.totalSteps })}
          />
        </div>
        <div>
          <p className="kern-body kern-body--small">{t('journey.elapsed')}</p>
          <p className="journey-elapsed" data-testid="journey-elapsed">
            {formatElapsed(elapsed)}
          </p>
        </div>
      </section>
      {journey.completedAt && (
        <p className="kern-body kern-body--bold" data-testid="journey-completed">
          {t('journey.completed')}
        </p>
      )}
      {company.vatCheck && (vatNeedsAttention || vatPanelShown) && <VatCheckPanel companyId={company.id} check={company.vatCheck} />}
      <JourneyStepList steps={journey.steps} nextStep={journey.nextStep} readOnly={!company.myRole} />
      <GrowthPhase
        companyId={company.id}
        plans={data.companyGrowth}
        officeActive={company.establishments.some((row) => row.kind === 'representative_office' && row.status === 'active')}
      />
      <RepresentativesSection company={company} />
      {company.myRole && <CompanyMailboxSummary companyId={company.id} />}
    </div>
  );
}
