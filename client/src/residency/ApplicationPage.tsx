import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { toAppError } from '../api/appError';
import { useLiveUpdates } from '../api/useLiveUpdates';
import {
  DISCARD_RESIDENCY_APPLICATION,
  MY_RESIDENCY_APPLICATION,
  MY_RESIDENCY_OVERVIEW,
  REMOVE_RESIDENCY_EVIDENCE,
  RESIDENCY_APPLICATION_CHANGED,
  SUBMIT_RESIDENCY_APPLICATION,
  type ResidencyApplication,
} from './operations';
import { Alert } from '../components/Alert';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { usePageTitle } from '../i18n/usePageTitle';
import { AnswerForm } from './AnswerForm';
import { ApplicationStatusBadge } from './ApplicationStatusBadge';
import { ApplicationSummary } from './ApplicationSummary';
import { DecisionNotice } from './DecisionNotice';
import { EvidenceList } from './EvidenceList';
import { ProveIdentityStep } from '../identity-verification/ProveIdentityStep';
import { EvidenceUploader } from './EvidenceUploader';
import { MessageList } from './MessageList';
import { StepIndicator } from './StepIndicator';
import './residency.css';
import { GermanBindingNotice } from '../components/GermanBindingNotice';

/** Only while live updates are down and the office has the application. */
const FALLBACK_POLL_MS = 10_000;

/** One application: documents and submission for a draft, the office's messages and the answer, the decision. */
export function ApplicationPage() {
  const { t } = useTranslation('residency');
  usePageTitle(t('application.title'));
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const applicationQuery = useQuery(MY_RESIDENCY_APPLICATION, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const { data, loading, error, refetch } = applicationQuery;
  // The office's decision or question shows the moment it is made (the event's application goes into
  // the cache); while live updates are down, the page looks again now and then while the office has it.
  const withOffice = data?.myResidencyApplication.status === 'submitted';
  useLiveUpdates(RESIDENCY_APPLICATION_CHANGED, { variables: { id }, skip: !data }, applicationQuery, withOffice ? FALLBACK_POLL_MS : 0);
  const refetchAll = { refetchQueries: [MY_RESIDENCY_OVERVIEW], awaitRefetchQueries: true };
  const [submit, submitting] = useMutation(SUBMIT_RESIDENCY_APPLICATION, refetchAll);
  const [discard, discarding] = useMutation(DISCARD_RESIDENCY_APPLICATION, refetchAll);
  const [removeEvidence, removing] = useMutation(REMOVE_RESIDENCY_EVIDENCE, { onCompleted: () => void refetch() });
  const application: ResidencyApplication | undefined = data?.myResidencyApplication;
  const actionError = submitting.error ?? discarding.error ?? removing.error;

  if (!application) {
    return (
      <div className="narrow stack-large">
        <h1 className="kern-heading-x-large">{t('application.title')}</h1>
        {loading && <LoadingIndicator />}
        {error && <ErrorAlert error={toAppError(error)} />}
      </div>
    );
  }

  const isDraft = application.status === 'draft';
  const isAsked = application.status === 'info_requested';
  return (
    <div className="narrow stack-large" data-testid="application-page">
      <div className="stack">
        <p className="kern-body">
          <Link className="kern-link" to="/residency">
            {t('application.back')}
          </Link>
        </p>
        <h1 className="kern-heading-x-large">{t(`categories.${application.category}`)}</h1>
        <div>
          <ApplicationStatusBadge status={application.status} />
        </div>
        {isDraft && <StepIndicator current={4} total={4} label={t('apply.steps.4')} />}
      </div>
      {actionError && <ErrorAlert error={toAppError(actionError)} />}
      <GermanBindingNotice />
      <DecisionNotice application={application} />

      {application.messages.length > 0 && (
        <section className="stack" aria-labelledby="messages-heading">
          <h2 className="kern-heading-medium" id="messages-heading">
            {t('messages.heading')}
          </h2>
          <MessageList messages={application.messages} />
          {isAsked && <AnswerForm applicationId={application.id} />}
        </section>
      )}

      <section className="stack" aria-labelledby="evidence-heading">
        <h2 className="kern-heading-medium" id="evidence-heading">
          {t('evidence.heading')}
        </h2>
        {(isDraft || isAsked) && (
          <p className="kern-body">{t('evidence.intro', { kind: t(`evidenceKinds.${application.expectedEvidenceKind}`) })}</p>
        )}
        <EvidenceList
          documents={application.evidence}
          onRemove={isDraft ? (evidenceId) => void removeEvidence({ variables: { id: evidenceId } }) : undefined}
        />
        {(isDraft || isAsked) && (
          <EvidenceUploader
            applicationId={application.id}
            expectedKind={application.expectedEvidenceKind}
            onUploaded={() => void refetch()}
          />
        )}
      </section>

      {isDraft && <ProveIdentityStep returnTo={`/residency/applications/${application.id}`} />}

      {isDraft && (
        <section className="stack" aria-labelledby="submit-heading">
          <h2 className="kern-heading-medium" id="submit-heading">
            {t('application.submitHeading')}
          </h2>
          <p className="kern-body">{t('application.submitText')}</p>
          <div className="button-row">
            <button
              type="button"
              className="kern-btn kern-btn--primary"
              aria-busy={submitting.loading || undefined}
              onClick={() => void submit({ variables: { id: application.id } }).catch(() => undefined)}
              data-testid="submit-application"
            >
              <span className="kern-label">{submitting.loading ? t('application.submitting') : t('application.submit')}</span>
            </button>
            <button
              type="button"
              className="kern-btn kern-btn--tertiary"
              onClick={() =>
                void discard({ variables: { id: application.id } })
                  .then(() => navigate('/residency'))
                  .catch(() => undefined)
              }
              data-testid="discard-application"
            >
              <span className="kern-label">{t('application.discard')}</span>
            </button>
          </div>
        </section>
      )}

      <section className="stack" aria-labelledby="details-heading">
        <h2 className="kern-heading-medium" id="details-heading">
          {t('application.details')}
        </h2>
        <ApplicationSummary application={application} />
      </section>
      {application.status === 'submitted' && (
        <Alert variant="info" role="status" title={t('application.inReview')} testId="in-review">
          <p className="kern-body">{t('application.inReviewText')}</p>
        </Alert>
      )}
    </div>
  );
}
