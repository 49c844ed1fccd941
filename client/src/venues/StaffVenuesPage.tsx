import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../api/appError';
import { CheckboxField } from '../components/CheckboxField';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { SelectField } from '../components/SelectField';
import { SubmitButton } from '../components/SubmitButton';
import { TextField } from '../components/TextField';
import { useFormSubmission } from '../forms/useFormSubmission';
import { fieldErrorsOf } from '../forms/validation';
import { usePageTitle } from '../i18n/usePageTitle';
import type { StaffVenuesQuery } from '../gql/graphql';
import { STAFF_VENUES, UPDATE_VENUE } from './onboarding-operations';
import './venues.css';

type StaffVenue = StaffVenuesQuery['venues'][number];

/** Staff: the partner venues' reference data (name, address, district, in service), each change audited. */
export function StaffVenuesPage() {
  const { t } = useTranslation('venues');
  usePageTitle(t('staffVenues.title'));
  const { data, loading, error } = useQuery(STAFF_VENUES, { fetchPolicy: 'cache-and-network' });
  return (
    <div className="stack-large" data-testid="staff-venues-page">
      <h1 className="kern-heading-x-large">{t('staffVenues.title')}</h1>
      <p className="kern-body">{t('staffVenues.intro')}</p>
      {loading && !data && <LoadingIndicator />}
      {error && <ErrorAlert error={toAppError(error)} />}
      <ul className="stack-large plain-list">
        {data?.venues.map((venue) => (
          <li key={venue.id}>
            <VenueEditor venue={venue} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function VenueEditor({ venue }: { venue: StaffVenue }) {
  const { t } = useTranslation(['venues', 'residency']);
  const [draft, setDraft] = useState({ name: venue.name, address: venue.address, district: venue.district, active: venue.active });
  const [update] = useMutation(UPDATE_VENUE);
  const submission = useFormSubmission();
  const [saved, setSaved] = useState(false);
  const errors = fieldErrorsOf(submission.error);
  const headingId = `venue-${venue.id}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    void submission.run(async () => {
      await update({ variables: { input: { id: venue.id, ...draft } } });
      setSaved(true);
    });
  };

  return (
    <section className="kern-card kern-card--surface" aria-labelledby={headingId} data-testid="staff-venue">
      <form className="kern-card__container stack" onSubmit={submit} noValidate>
        <h2 className="kern-title" id={headingId}>
          {venue.name} · {t(`kinds.${venue.kind}`)}
          {!venue.active && ` · ${t('staffVenues.inactive')}`}
        </h2>
        {submission.error && <ErrorAlert error={submission.error} formFields={['name', 'address']} />}
        <TextField
          name={`name-${venue.id}`}
          label={t('staffVenues.name')}
          value={draft.name}
          onChange={(name) => setDraft({ ...draft, name })}
          error={errors.name}
        />
        <TextField
          name={`address-${venue.id}`}
          label={t('staffVenues.address')}
          value={draft.address}
          onChange={(address) => setDraft({ ...draft, address })}
          error={errors.address}
        />
        <SelectField
          name={`district-${venue.id}`}
          label={t('staffVenues.district')}
          value={draft.district}
          onChange={(district) => setDraft({ ...draft, district })}
          options={['bochum', 'wattenscheid'].map((value) => ({
            value,
            label: t(`districts.${value}` as 'districts.bochum', { ns: 'residency' }),
          }))}
        />
        <CheckboxField
          name={`active-${venue.id}`}
          label={t('staffVenues.active')}
          checked={draft.active}
          onChange={(active) => setDraft({ ...draft, active })}
        />
        {saved && (
          <p className="kern-body" role="status">
            {t('staffVenues.saved')}
          </p>
        )}
        <SubmitButton label={t('staffVenues.save')} busy={submission.busy} />
      </form>
    </section>
  );
}
