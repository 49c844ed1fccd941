import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { toAppError } from '../api/appError';
import { useLiveUpdates } from '../api/useLiveUpdates';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { useJourneyActivity } from '../companies/useJourneyActivity';
import { useFormSubmission } from '../forms/useFormSubmission';
import { usePageTitle } from '../i18n/usePageTitle';
import { PayStep } from '../payments/PayStep';
import { openReceipt } from '../payments/openReceipt';
import { formatDate } from '../utils/formatDate';
import { FormFacts, OperatorFacts } from './TradeRegistrationFacts';
import { TradeRegistrationForm } from './TradeRegistrationForm';
import {
  ANSWER_TRADE_REGISTRATION,
  START_TRADE_REGISTRATION,
  SUBMIT_TRADE_REGISTRATION,
  TRADE_REGISTRATION_PAGE,
  TRADE_REGISTRATIONS_CHANGED,
  UPDATE_TRADE_REGISTRATION,
  type TradeRegistration,
} from './operations';
import './trade-registration.css';
import { BackToJourney } from '../companies/BackToJourney';
import { GermanBindingNotice } from '../components/GermanBindingNotice';

/** While the fee is processed or the office decides and live updates are down, look again now and then. */
const FALLBACK_POLL_MS = 4000;

/** The journey step "trade registration": form GewA1 with WZ code, review, submit, fee, status, confirmation. */
export function TradeRegistrationPage() {
  const { companyId = '' } = useParams();
  const { t } = useTranslation('trade-registration');
  usePageTitle(t('page.title'));
  useJourneyActivity(companyId);
  const page = useQuery(TRADE_REGISTRATION_PAGE, {
    variables: { companyId },
    fetchPolicy: 'cache-and-network',
  });
  const { data, loading, error } = page;
  const [start] = useMutation(START_TRADE_REGISTRATION, { refetchQueries: [TRADE_REGISTRATION_PAGE] });
  const starting = useFormSubmission();

  // The representative office's registration, or (?establishment=) a branch's or subsidiary's own.
  const [searchParams] = useSearchParams();
  const establishments = data?.company.establishments ?? [];
  const establishment =
    establishments.find((row) => row.id === searchParams.get('establishment')) ??
    establishments.find((row) => row.kind === 'representative_office') ??
    establishments[0];
  const latest = data?.tradeRegistrations.find((registration) => registration.establishmentId === establishment?.id);
  const waiting = latest?.status === 'submitted' || latest?.status === 'paid';
  // The fee's arrival and the office's decision show the moment they happen: each event carries the
  // company's registrations (the first one, once the subscription is registered, is the catch-up read).
  useLiveUpdates(
    TRADE_REGISTRATIONS_CHANGED,
    {
      variables: { companyId },
      skip: !data,
      onData: ({ tradeRegistrationsChanged }) =>
        page.updateQuery((_, { complete, previousData }) =>
          complete ? { ...previousData, tradeRegistrations: tradeRegistrationsChanged } : undefined,
        ),
    },
    page,
    waiting ? FALLBACK_POLL_MS : 0,
  );

  const canStart = data && establishment && (!latest || latest.status === 'rejected');

  return (
    <div className="stack-large narrow trade-registration-page">
      <BackToJourney companyId={companyId} />
      <div className="stack">
        <h1 className="kern-heading-x-large">{t('page.title')}</h1>
        <p className="kern-body">{t('page.intro')}</p>
      </div>
      <GermanBindingNotice />
      {error && <ErrorAlert error={toAppError(error)} />}
      {loading && !data && <LoadingIndicator />}
      {data && !establishment && (
        <p className="kern-body" data-testid="trade-no-establishment">
          {t('page.noEstablishment')}
        </p>
      )}
      {latest && <OperatorFacts registration={latest} />}
      {latest && <RegistrationStep key={`${latest.id}-${latest.status}`} registration={latest} />}
      {canStart && (
        <div className="stack">
          {starting.error && <ErrorAlert error={starting.error} />}
          <div>
            <button
              type="button"
              className="kern-btn kern-btn--primary"
              data-testid="trade-start"
              onClick={() => void starting.run(() => start({ variables: { input: { companyId, establishmentId: establishment.id } } }))}
            >
              <span className="kern-label">{latest ? t('page.startAgain') : t('page.start')}</span>
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

function RegistrationStep({ registration }: { registration: TradeRegistration }) {
  const { t, i18n } = useTranslation('trade-registration');
  const [reviewing, setReviewing] = useState(registration.status === 'draft' && registration.wzCode !== null);
  const [update] = useMutation(UPDATE_TRADE_REGISTRATION);
  const [submit] = useMutation(SUBMIT_TRADE_REGISTRATION);
  const [answer] = useMutation(ANSWER_TRADE_REGISTRATION);
  const saving = useFormSubmission();
  const submitting = useFormSubmission();
  const downloading = useFormSubmission();
  const status = (
    <p className="kern-body" data-testid="trade-status" data-status={registration.status}>
      {t(`status.${registration.status}`)}
    </p>
  );

  switch (registration.status) {
    case 'draft':
      if (reviewing) {
        return (
          <section className="stack" aria-labelledby="trade-review-heading" data-testid="trade-review">
            <h2 className="kern-heading-medium" id="trade-review-heading">
              {t('review.heading')}
            </h2>
            <p className="kern-body">{t('review.intro')}</p>
            <FormFacts registration={registration} />
            {submitting.error && <ErrorAlert error={submitting.error} />}
            <div className="cluster">
              <button type="button" className="kern-btn kern-btn--secondary" data-testid="trade-edit" onClick={() => setReviewing(false)}>
                <span className="kern-label">{t('review.edit')}</span>
              </button>
              <button
                type="button"
                className="kern-btn kern-btn--primary"
                data-testid="trade-submit"
                aria-busy={submitting.busy || undefined}
                onClick={() => void submitting.run(() => submit({ variables: { id: registration.id } }))}
              >
                <span className="kern-label">{submitting.busy ? t('form.saving') : t('review.submit')}</span>
              </button>
            </div>
          </section>
        );
      }
      return (
        <section className="stack" aria-labelledby="trade-form-heading">
          <h2 className="kern-heading-medium" id="trade-form-heading">
            {t('form.heading')}
          </h2>
          {status}
          <TradeRegistrationForm
            registration={registration}
            busy={saving.busy}
            error={saving.error}
            submitLabel={t('form.saveAndReview')}
            onSubmit={(values) =>
              void saving.run(async () => {
                await update({ variables: { input: { id: registration.id, ...values } } });
                setReviewing(true);
              })
            }
          />
        </section>
      );
    case 'submitted':
      return (
        <section className="stack" aria-labelledby="trade-fee-heading" data-testid="trade-pay">
          <h2 className="kern-heading-medium" id="trade-fee-heading">
            {t('fee.heading')}
          </h2>
          {status}
          <PayStep
            bindingNotice={false}
            purpose="trade_registration"
            subjectType={registration.paymentSubjectType}
            subjectId={registration.id}
            returnPath={`/company/${registration.companyId}/trade-registration?establishment=${registration.establishmentId}`}
          />
          <FormFacts registration={registration} />
        </section>
      );
    case 'paid':
      return (
        <section className="stack" data-testid="trade-waiting">
          {status}
          {registration.submittedAt && (
            <p className="kern-body kern-body--small">
              {t('page.submittedOn', { date: formatDate(registration.submittedAt, i18n.language) })}
            </p>
          )}
          <FormFacts registration={registration} />
        </section>
      );
    case 'info_requested':
      return (
        <section className="stack" aria-labelledby="trade-info-heading" data-testid="trade-info-requested">
          <h2 className="kern-heading-medium" id="trade-info-heading">
            {t('info.heading')}
          </h2>
          {status}
          <blockquote className="kern-body" data-testid="trade-info-question">
            {registration.infoRequest}
          </blockquote>
          <TradeRegistrationForm
            registration={registration}
            busy={saving.busy}
            error={saving.error}
            withAnswer
            submitLabel={t('info.send')}
            onSubmit={(values, text) =>
              void saving.run(() => answer({ variables: { input: { id: registration.id, ...values, answer: text } } }))
            }
          />
        </section>
      );
    case 'registered':
      return (
        <section className="stack" aria-labelledby="trade-registered-heading" data-testid="trade-registered">
          <h2 className="kern-heading-medium" id="trade-registered-heading">
            {t('registered.heading')}
          </h2>
          {status}
          <p className="kern-body">
            {t('registered.number')} <strong data-testid="trade-registration-number">{registration.registrationNumber}</strong>
          </p>
          {downloading.error && <ErrorAlert error={downloading.error} />}
          {registration.confirmationUrl && (
            <div>
              <button
                type="button"
                className="kern-btn kern-btn--primary"
                data-testid="trade-confirmation-pdf"
                onClick={() =>
                  void downloading.run(() =>
                    openReceipt(registration.confirmationUrl!, `gewerbeanmeldung-${registration.registrationNumber}.pdf`),
                  )
                }
              >
                <span className="kern-label">{t('registered.download')}</span>
              </button>
            </div>
          )}
          <FormFacts registration={registration} />
        </section>
      );
    case 'rejected':
      return (
        <section className="stack" data-testid="trade-rejected">
          {status}
          {registration.rejectionReason && (
            <p className="kern-body">
              {t('rejected.reason', {
                reason: t(`rejectionReasons.${registration.rejectionReason}`, { defaultValue: registration.rejectionReason }),
              })}
            </p>
          )}
          {registration.decisionMessage && <blockquote className="kern-body">{registration.decisionMessage}</blockquote>}
        </section>
      );
  }
}
