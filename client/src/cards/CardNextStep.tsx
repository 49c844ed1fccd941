import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { toAppError } from '../api/appError';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { CARD_RESIDENCY_STATUS } from './operations';
import { CardErrorAlert } from './CardErrorAlert';
import { RequestCardForm } from './RequestCardForm';

/** Where the person stands on the way to a card, when they cannot request it yet. */
type Step = 'apply' | 'draft' | 'submitted' | 'info_requested' | 'rejected' | 'ended';

/**
 * Before there is a card: the card needs an active virtual residency, so only then is "request
 * card" offered; otherwise the page points to the real next step on the way there.
 */
export function CardNextStep() {
  const { t } = useTranslation('cards');
  const { data, error, loading } = useQuery(CARD_RESIDENCY_STATUS, { fetchPolicy: 'cache-and-network' });
  if (error && !data) return <CardErrorAlert error={toAppError(error)} />;
  if (loading && !data) return <LoadingIndicator />;
  if (data?.myResidency?.status === 'active') return <RequestCardForm />;

  // Applications come newest first; the newest one says what happens next.
  const latest = data?.myResidencyApplications[0];
  const step: Step = !latest ? 'apply' : latest.status === 'approved' ? 'ended' : latest.status;
  const link = step === 'apply' || step === 'ended' ? '/residency/apply' : `/residency/applications/${latest!.id}`;

  return (
    <section className="stack" aria-labelledby="card-next-step-heading" data-testid="card-next-step" data-step={step}>
      <h2 className="kern-heading-medium" id="card-next-step-heading">
        {t(`ui.next.${step}.heading`)}
      </h2>
      <p className="kern-body">{t(`ui.next.${step}.text`)}</p>
      <div>
        <Link className="kern-btn kern-btn--primary" to={link} data-testid="card-next-step-link">
          <span className="kern-label">{t(`ui.next.${step}.link`)}</span>
        </Link>
      </div>
    </section>
  );
}
