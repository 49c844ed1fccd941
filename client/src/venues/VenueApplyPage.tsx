import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { toAppError } from '../api/appError';
import { refreshRoles } from '../auth/refreshRoles';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { SubmitButton } from '../components/SubmitButton';
import { SuccessPanel } from '../components/SuccessPanel';
import { TextAreaField } from '../components/TextAreaField';
import { useFormSubmission } from '../forms/useFormSubmission';
import { fieldErrorsOf } from '../forms/validation';
import { usePageTitle } from '../i18n/usePageTitle';
import { ANSWER_VENUE_APPLICATION, MY_VENUE_APPLICATIONS, type VenueApplication } from './onboarding-operations';
import { VenueApplicationFacts } from './VenueApplicationFacts';
import { VenueApplicationForm } from './VenueApplicationForm';
import './venues.css';

/** "Register as a venue": the application form, or where the latest application stands. */
export function VenueApplyPage() {
  const { t } = useTranslation('venues');
  usePageTitle(t('apply.title'));
  const { data, loading, error } = useQuery(MY_VENUE_APPLICATIONS, { fetchPolicy: 'cache-and-network' });
  const [applyAgain, setApplyAgain] = useState(false);
  const latest = data?.myVenueApplications[0];

  return (
    <div className="stack-large" data-testid="venue-apply-page">
      <h1 className="kern-heading-x-large">{t('apply.title')}</h1>
      {loading && !data && <LoadingIndicator />}
      {error && !data && <ErrorAlert error={toAppError(error)} />}
      {data && (!latest || (latest.status === 'rejected' && applyAgain)) && (
        <>
          <p className="kern-body">{t('apply.intro')}</p>
          <VenueApplicationForm />
        </>
      )}
      {latest && !(latest.status === 'rejected' && applyAgain) && (
        <ApplicationStatus application={latest} onApplyAgain={() => setApplyAgain(true)} />
      )}
    </div>
  );
}

function ApplicationStatus({ application, onApplyAgain }: { application: VenueApplication; onApplyAgain: () => void }) {
  const { t } = useTranslation('venues');
  return (
    <section className="stack-large" aria-labelledby="application-status-heading" data-testid="venue-application-status">
      <div className="stack">
        <h2 className="kern-heading-medium" id="application-status-heading">
          {t('apply.statusHeading')}
        </h2>
        <p className="kern-body kern-body--bold" data-testid="venue-application-state">
          {t(`apply.statuses.${application.status}`)}
        </p>
        {application.status === 'approved' && <OpenVenueButton />}
        {application.status === 'rejected' && (
          <>
            {application.rejectionReason && (
              <p className="kern-body">
                {t('apply.reason', { reason: t(`rejectionReasons.${application.rejectionReason}` as 'rejectionReasons.other') })}
              </p>
            )}
            {application.decisionMessage && <blockquote className="kern-body">{application.decisionMessage}</blockquote>}
            <div>
              <button type="button" className="kern-btn kern-btn--secondary" onClick={onApplyAgain}>
                <span className="kern-label">{t('apply.again')}</span>
              </button>
            </div>
          </>
        )}
        {application.status === 'info_requested' && <AnswerForm application={application} />}
      </div>
      <VenueApplicationFacts application={application} />
    </section>
  );
}

/** The approval granted the operator role: a fresh token carries it before the venue area opens. */
function OpenVenueButton() {
  const { t } = useTranslation('venues');
  const navigate = useNavigate();
  const opening = useFormSubmission();
  return (
    <div>
      <button
        type="button"
        className="kern-btn kern-btn--primary"
        data-testid="open-venue"
        onClick={() =>
          void opening.run(async () => {
            await refreshRoles();
            await navigate('/venue');
          })
        }
      >
        <span className="kern-label">{t('apply.openVenue')}</span>
      </button>
    </div>
  );
}

function AnswerForm({ application }: { application: VenueApplication }) {
  const { t } = useTranslation('venues');
  const [answer, setAnswer] = useState('');
  const [send] = useMutation(ANSWER_VENUE_APPLICATION, { refetchQueries: [MY_VENUE_APPLICATIONS] });
  const submission = useFormSubmission();
  const [sent, setSent] = useState(false);
  const errors = fieldErrorsOf(submission.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void submission.run(async () => {
      await send({ variables: { input: { applicationId: application.id, answer } } });
      setSent(true);
    });
  };

  if (sent) return <SuccessPanel title={t('apply.answerSent')} />;
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p className="kern-body">{t('apply.question')}</p>
      <blockquote className="kern-body">{application.infoRequest}</blockquote>
      {submission.error && <ErrorAlert error={submission.error} formFields={['answer']} />}
      <TextAreaField name="answer" label={t('apply.answer')} value={answer} onChange={setAnswer} error={errors.answer} />
      <SubmitButton label={t('apply.sendAnswer')} busy={submission.busy} />
    </form>
  );
}
