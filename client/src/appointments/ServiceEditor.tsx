import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../packages/shared/src/index.js';
import { toAppError } from '../api/appError';
import { Alert } from '../components/Alert';
import { CheckboxField } from '../components/CheckboxField';
import { ErrorAlert } from '../components/ErrorAlert';
import { SubmitButton } from '../components/SubmitButton';
import { TextField } from '../components/TextField';
import { useFormSubmission } from '../forms/useFormSubmission';
import type { AppointmentOffice, StaffAppointmentServicesQuery } from '../gql/graphql';
import { SAVE_APPOINTMENT_SERVICE, STAFF_APPOINTMENT_SERVICES } from './operations';

type Service = StaffAppointmentServicesQuery['appointmentServices'][number];

const NUMBER_FIELDS = [
  'durationMinutes',
  'bufferBeforeMinutes',
  'bufferAfterMinutes',
  'seats',
  'minNoticeMinutes',
  'bookingWindowDays',
] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];
const NUMBER_LABELS = {
  durationMinutes: 'services.duration',
  bufferBeforeMinutes: 'services.buffer_before',
  bufferAfterMinutes: 'services.buffer_after',
  seats: 'services.seats',
  minNoticeMinutes: 'services.min_notice',
  bookingWindowDays: 'services.booking_window',
} as const;
/** Where the server reports a problem with one name, e.g. "input.names.2.name". */
const NAME_PATH = /(?:^|\.)names\.(\d+)\.(?:name|language)$/;

interface Draft {
  names: Record<string, string>;
  numbers: Record<NumberField, string>;
  video: boolean;
  inPerson: boolean;
  homeVisit: boolean;
  place: string;
  active: boolean;
}

function draftOf(service?: Service): Draft {
  return {
    names: Object.fromEntries((service?.names ?? []).map(({ language, name }) => [language, name])),
    numbers: {
      durationMinutes: String(service?.durationMinutes ?? 30),
      bufferBeforeMinutes: String(service?.bufferBeforeMinutes ?? 0),
      bufferAfterMinutes: String(service?.bufferAfterMinutes ?? 0),
      seats: String(service?.seats ?? 1),
      minNoticeMinutes: String(service?.minNoticeMinutes ?? 0),
      bookingWindowDays: String(service?.bookingWindowDays ?? 60),
    },
    video: service?.video ?? false,
    inPerson: service?.inPerson ?? true,
    homeVisit: service?.homeVisit ?? false,
    place: service?.place ?? '',
    active: service?.active ?? true,
  };
}

/** A whole number as typed; anything else is sent as -1 so that the server answers with its localized range message. */
const wholeNumber = (typed: string) => (/^\d{1,6}$/.test(typed.trim()) ? Number(typed.trim()) : -1);

/** Creates a service of `office`, or edits `service`: names per language, duration, buffers, seats, notice, window, channels. */
function ServiceForm({ office, service, onDone }: { office: AppointmentOffice; service?: Service; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation('appointments');
  const [draft, setDraft] = useState<Draft>(() => draftOf(service));
  const [sentLanguages, setSentLanguages] = useState<string[]>([]);
  const [save] = useMutation(SAVE_APPOINTMENT_SERVICE, { refetchQueries: [STAFF_APPOINTMENT_SERVICES], awaitRefetchQueries: true });
  const submission = useFormSubmission();
  const fieldError = (field: string) => submission.error?.details.find((problem) => problem.field === field)?.message;
  const nameError = (language: string) =>
    submission.error?.details.find((problem) => {
      const match = NAME_PATH.exec(problem.path ?? '');
      if (match) return sentLanguages[Number(match[1])] === language;
      return language === 'de' && problem.field === 'names';
    })?.message;
  const change = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const names = LANGUAGES.flatMap(({ code }) => {
      const name = draft.names[code]?.trim() ?? '';
      return name || code === 'de' ? [{ language: code, name }] : [];
    });
    setSentLanguages(names.map((entry) => entry.language));
    const numbers = Object.fromEntries(NUMBER_FIELDS.map((field) => [field, wholeNumber(draft.numbers[field])])) as Record<
      NumberField,
      number
    >;
    void submission.run(async () => {
      await save({
        variables: {
          id: service?.id ?? null,
          input: {
            office,
            names,
            ...numbers,
            video: draft.video,
            inPerson: draft.inPerson,
            homeVisit: draft.homeVisit,
            place: draft.place.trim() || null,
            active: draft.active,
          },
        },
      });
      onDone(true);
    });
  };

  return (
    <form className="stack" onSubmit={submit} noValidate data-testid="service-form">
      <h3 className="kern-heading-medium">{service ? t('services.edit_title') : t('services.new')}</h3>
      {submission.error && (
        <ErrorAlert error={submission.error} formFields={['name', 'names', 'language', 'video', 'place', ...NUMBER_FIELDS]} />
      )}
      <fieldset className="kern-fieldset stack">
        <legend className="kern-label">{t('services.names')}</legend>
        <p className="kern-body">{t('services.names_hint')}</p>
        {LANGUAGES.map(({ code, nativeName }) => (
          <TextField
            key={code}
            name={`name-${code}`}
            label={nativeName}
            value={draft.names[code] ?? ''}
            onChange={(name) => change({ names: { ...draft.names, [code]: name } })}
            error={nameError(code)}
          />
        ))}
      </fieldset>
      {NUMBER_FIELDS.map((field) => (
        <TextField
          key={field}
          name={field}
          label={t(NUMBER_LABELS[field])}
          value={draft.numbers[field]}
          onChange={(typed) => change({ numbers: { ...draft.numbers, [field]: typed } })}
          error={fieldError(field)}
        />
      ))}
      <fieldset className="kern-fieldset stack">
        <legend className="kern-label">{t('services.channels')}</legend>
        <CheckboxField
          name="video"
          label={t('services.video')}
          checked={draft.video}
          onChange={(video) => change({ video })}
          error={fieldError('video')}
        />
        <CheckboxField
          name="inPerson"
          label={t('services.in_person')}
          checked={draft.inPerson}
          onChange={(inPerson) => change({ inPerson })}
        />
        <CheckboxField
          name="homeVisit"
          label={t('services.home_visit')}
          checked={draft.homeVisit}
          onChange={(homeVisit) => change({ homeVisit })}
        />
      </fieldset>
      <TextField
        name="place"
        label={t('services.place')}
        value={draft.place}
        onChange={(place) => change({ place })}
        error={fieldError('place')}
      />
      <CheckboxField name="active" label={t('services.active')} checked={draft.active} onChange={(active) => change({ active })} />
      <div className="button-row">
        <SubmitButton busy={submission.busy} label={t('services.save')} />
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => onDone(false)}>
          <span className="kern-label">{t('services.cancel')}</span>
        </button>
      </div>
    </form>
  );
}

/** Staff: the services of an office, with a form to create one or edit one. */
export function ServiceEditor({ office }: { office: AppointmentOffice }) {
  const { t } = useTranslation('appointments');
  const { data, loading, error } = useQuery(STAFF_APPOINTMENT_SERVICES);
  const [editing, setEditing] = useState<Service | 'new' | null>(null);
  const [saved, setSaved] = useState(false);
  const services = (data?.appointmentServices ?? []).filter((service) => service.office === office);
  const open = (next: Service | 'new') => {
    setSaved(false);
    setEditing(next);
  };

  return (
    <section className="stack" aria-labelledby="services-heading" data-testid="service-editor">
      <h2 id="services-heading" className="kern-heading-large">
        {t('services.title')}
      </h2>
      {error && <ErrorAlert error={toAppError(error)} formFields={[]} />}
      {saved && <Alert variant="success" role="status" testId="service-saved" title={t('services.saved')} />}
      {!loading && services.length === 0 && <p className="kern-body">{t('services.empty')}</p>}
      <ul className="stack plain-list">
        {services.map((service) => (
          <li key={service.id} className="button-row" data-testid="service-row" data-service-id={service.id}>
            <span className="kern-body">
              {service.name} · {t('services.summary', { minutes: service.durationMinutes })}
              {!service.active && ` · ${t('services.inactive')}`}
            </span>
            <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => open(service)}>
              <span className="kern-label">{t('services.edit')}</span>
            </button>
          </li>
        ))}
      </ul>
      {editing ? (
        <ServiceForm
          key={editing === 'new' ? 'new' : editing.id}
          office={office}
          service={editing === 'new' ? undefined : editing}
          onDone={(done) => {
            setEditing(null);
            setSaved(done);
          }}
        />
      ) : (
        <div className="button-row">
          <button type="button" className="kern-btn kern-btn--secondary" data-testid="new-service" onClick={() => open('new')}>
            <span className="kern-label">{t('services.new')}</span>
          </button>
        </div>
      )}
    </section>
  );
}
