import type { Reference } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { toAppError } from '../api/appError';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { RadioGroup } from '../components/RadioGroup';
import { SubmitButton } from '../components/SubmitButton';
import { useFormSubmission } from '../forms/useFormSubmission';
import { fieldErrorsOf } from '../forms/validation';
import { usePageTitle } from '../i18n/usePageTitle';
import { BackToJourney } from './BackToJourney';
import { BUSINESS_SERVICE_POINTS, COMPANY_ESTABLISHMENTS, CREATE_ESTABLISHMENT } from './operations';
import { useJourneyActivity } from './useJourneyActivity';
import './companies.css';

/** Sets up the representative office: the person picks a partner service point and gets the business address. */
export function EstablishmentPage() {
  const { companyId = '' } = useParams();
  const { t } = useTranslation('companies');
  usePageTitle(t('establishment.title'));
  useJourneyActivity(companyId);
  // The company's establishments only (the journey's steps are read when the journey page shows again).
  const dashboard = useQuery(COMPANY_ESTABLISHMENTS, { variables: { companyId }, fetchPolicy: 'cache-and-network' });
  const points = useQuery(BUSINESS_SERVICE_POINTS);
  const [create] = useMutation(CREATE_ESTABLISHMENT, {
    // The new office goes into the company's cached establishments: no second request for what the answer holds.
    update(cache, { data }) {
      const created = data?.createEstablishment;
      if (!created) return;
      cache.modify({
        id: cache.identify({ __typename: 'Company', id: companyId }),
        fields: {
          establishments: (existing: readonly Reference[] = [], { toReference }) => [...existing, toReference(created)!],
        },
      });
    },
  });
  const submission = useFormSubmission();
  const [servicePointCode, setServicePointCode] = useState('');
  const servicePoints = points.data?.businessServicePoints ?? [];
  const office = dashboard.data?.company.establishments.find((item) => item.kind === 'representative_office' && item.status !== 'closed');
  const chosen = servicePointCode || servicePoints[0]?.code || '';
  const errors = fieldErrorsOf(submission.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void submission.run(() => create({ variables: { input: { companyId, servicePointCode: chosen } } }));
  };

  const loadError = dashboard.error ?? points.error;
  return (
    <div className="stack-large narrow">
      <BackToJourney companyId={companyId} />
      <div className="stack">
        <h1 className="kern-heading-x-large">{t('establishment.title')}</h1>
        <p className="kern-body">{t('establishment.intro')}</p>
      </div>
      {loadError && <ErrorAlert error={toAppError(loadError)} />}
      {(dashboard.loading || points.loading) && !dashboard.data && <LoadingIndicator />}
      {office && (
        <section className="kern-card kern-card--surface" data-testid="establishment" data-status={office.status}>
          <div className="kern-card__container stack">
            <h2 className="kern-title">
              {t(`establishment.kind_${office.kind as 'representative_office'}`)} ·{' '}
              {t(`establishment.status_${office.status as 'setting_up'}`)}
            </h2>
            <p className="kern-body kern-body--bold">{t('establishment.address')}</p>
            <address className="kern-body" data-testid="business-address">
              {(office.businessAddressLines ?? []).map((line) => (
                <span key={line}>
                  {line}
                  <br />
                </span>
              ))}
            </address>
          </div>
        </section>
      )}
      {dashboard.data && !office && points.data && servicePoints.length === 0 && (
        <p className="kern-body">{t('establishment.noServicePoints')}</p>
      )}
      {dashboard.data && !office && servicePoints.length > 0 && (
        <form className="stack" onSubmit={submit} noValidate data-testid="establishment-form">
          {submission.error && <ErrorAlert error={submission.error} formFields={['servicePointCode']} />}
          <RadioGroup
            name="servicePointCode"
            legend={t('establishment.servicePoint')}
            value={chosen}
            options={servicePoints.map((point) => ({ value: point.code, label: point.name, hint: point.lines.join(', ') }))}
            onChange={setServicePointCode}
            error={errors.servicePointCode}
          />
          <div>
            <SubmitButton label={t('establishment.create')} busy={submission.busy} />
          </div>
        </form>
      )}
    </div>
  );
}
