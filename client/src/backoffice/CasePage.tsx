import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { toAppError } from '../api/appError';
import { BACKOFFICE_CASE } from './operations';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { usePageTitle } from '../i18n/usePageTitle';
import { ApplicationSummary } from '../residency/ApplicationSummary';
import { EvidenceList } from '../residency/EvidenceList';
import { MessageList } from '../residency/MessageList';
import { formatDate } from '../utils/formatDate';
import { AssignmentControls } from './AssignmentControls';
import { CaseStatusBadge } from './CaseStatusBadge';
import { CaseTimeline } from './CaseTimeline';
import { DecisionForm } from './DecisionForm';
import { TradeRegistrationCaseDetails } from '../trade-registration/TradeRegistrationCaseDetails';
import { VenueApplicationCaseDetails } from '../venues/VenueApplicationCaseDetails';
import '../residency/residency.css';
import { Ltr } from '../components/Ltr';

/** One case: the applicant's data and evidence, assignment, the decision, and the timeline. */
export function CasePage() {
  const { t, i18n } = useTranslation(['backoffice', 'residency']);
  usePageTitle(t('case.title'));
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(BACKOFFICE_CASE, { variables: { id }, fetchPolicy: 'network-only' });
  const found = data?.backofficeCase;
  const application = found?.residencyApplication;

  return (
    <div className="stack-large" data-testid="case-page">
      <div className="stack">
        <p className="kern-body">
          <Link className="kern-link" to="/staff">
            {t('case.back')}
          </Link>
        </p>
        <h1 className="kern-heading-x-large">{found ? t(`kinds.${found.kind}` as 'kinds.residency_application') : t('case.title')}</h1>
      </div>
      {loading && !data && <LoadingIndicator />}
      {error && <ErrorAlert error={toAppError(error)} />}
      {found && (
        <div className="case-layout">
          <div className="stack-large">
            <dl className="kern-description-list">
              <div className="kern-description-list-item">
                <dt className="kern-description-list-item__key">{t('queue.status')}</dt>
                <dd className="kern-description-list-item__value">
                  <CaseStatusBadge status={found.status} outcome={found.outcome} />
                </dd>
              </div>
              <div className="kern-description-list-item">
                <dt className="kern-description-list-item__key">{t('queue.applicant')}</dt>
                <dd className="kern-description-list-item__value" data-testid="case-applicant">
                  <Ltr>{found.applicant.email}</Ltr>
                </dd>
              </div>
              <div className="kern-description-list-item">
                <dt className="kern-description-list-item__key">{t('queue.due')}</dt>
                <dd className="kern-description-list-item__value">{formatDate(found.dueAt, i18n.language)}</dd>
              </div>
            </dl>
            {application && (
              <>
                <section className="stack" aria-labelledby="case-application-heading">
                  <h2 className="kern-heading-medium" id="case-application-heading">
                    {t('case.application')}
                  </h2>
                  <ApplicationSummary application={application} />
                </section>
                <section className="stack" aria-labelledby="case-evidence-heading">
                  <h2 className="kern-heading-medium" id="case-evidence-heading">
                    {t('case.evidence')}
                  </h2>
                  <p className="kern-body kern-body--small">{t('case.evidenceAudited')}</p>
                  <EvidenceList documents={application.evidence} />
                </section>
                {application.messages.length > 0 && (
                  <section className="stack" aria-labelledby="case-messages-heading">
                    <h2 className="kern-heading-medium" id="case-messages-heading">
                      {t('messages.heading', { ns: 'residency' })}
                    </h2>
                    <MessageList messages={application.messages} />
                  </section>
                )}
              </>
            )}
            {found.kind === 'trade_registration' && <TradeRegistrationCaseDetails caseId={found.id} />}
            {found.kind === 'venue_application' && <VenueApplicationCaseDetails caseId={found.id} />}
            <section className="stack" aria-labelledby="case-decision-heading">
              <h2 className="kern-heading-medium" id="case-decision-heading">
                {t('case.decision')}
              </h2>
              <DecisionForm found={found} />
            </section>
          </div>
          <div className="stack-large">
            <section className="stack" aria-labelledby="case-assignment-heading">
              <h2 className="kern-heading-medium" id="case-assignment-heading">
                {t('case.assignment')}
              </h2>
              <AssignmentControls found={found} />
            </section>
            <section className="stack" aria-labelledby="case-timeline-heading">
              <h2 className="kern-heading-medium" id="case-timeline-heading">
                {t('case.timeline')}
              </h2>
              <CaseTimeline events={found.timeline} />
            </section>
          </div>
        </div>
      )}
    </div>
  );
}
