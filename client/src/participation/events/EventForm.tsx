import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../api/appError';
import { CheckboxField } from '../../components/CheckboxField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField } from '../../components/SelectField';
import { SubmitButton } from '../../components/SubmitButton';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { FormField, inputClass } from '../../components/FormField';
import { LANGUAGE_CODES } from '../../../../packages/shared/src/languages.js';
import { languageNameIn } from '../../i18n/languageNames';
import { EVENT_KINDS, type EventInput, type EventKind, type ParticipationEvent } from './operations';

const CATEGORIES = ['student', 'commuter', 'second_home', 'former_resident'] as const;
const TRANSLATION_LANGUAGES = LANGUAGE_CODES.filter((code) => code !== 'de');

/** `YYYY-MM-DDTHH:mm` in the browser's zone, for datetime-local inputs. */
function localInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function DateTimeField({
  name,
  label,
  value,
  onChange,
  error,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  return (
    <FormField name={name} label={label} error={error}>
      {(control) => (
        <input
          {...control}
          className={inputClass(error)}
          name={name}
          type="datetime-local"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          required
        />
      )}
    </FormField>
  );
}

/** Staff write an event: German texts (authoritative), translations, kind, place or link, times, seats, audience. */
export function EventForm({
  event,
  busy,
  error,
  onSubmit,
}: {
  event?: ParticipationEvent;
  busy: boolean;
  error: AppError | null;
  onSubmit: (input: EventInput) => void;
}) {
  const { t, i18n } = useTranslation('participation');
  const [titleDe, setTitleDe] = useState(event?.titleDe ?? '');
  const [descriptionDe, setDescriptionDe] = useState(event?.descriptionDe ?? '');
  const [translations, setTranslations] = useState<Record<string, { title: string; description: string }>>(
    Object.fromEntries(
      (event?.translations ?? []).map((translation) => [
        translation.language,
        { title: translation.title, description: translation.description },
      ]),
    ),
  );
  const [kind, setKind] = useState<EventKind>(event?.kind ?? 'city_walk');
  const [place, setPlace] = useState(event?.place ?? '');
  const [onlineUrl, setOnlineUrl] = useState(event?.onlineUrl ?? '');
  const [startsAt, setStartsAt] = useState(localInput(event?.startsAt));
  const [endsAt, setEndsAt] = useState(localInput(event?.endsAt));
  const [deadline, setDeadline] = useState(localInput(event?.registrationDeadline));
  const [capacity, setCapacity] = useState(String(event?.capacity ?? 20));
  const [residents, setResidents] = useState(event?.audience.residents ?? true);
  const [categories, setCategories] = useState<string[]>(event?.audience.categories ?? []);
  const [companies, setCompanies] = useState(event?.audience.companies ?? false);
  const fieldError = (field: string) => error?.details.find((problem) => problem.field === field)?.message;
  const toIso = (value: string) => (value ? new Date(value).toISOString() : '');

  const submit = (formEvent: FormEvent) => {
    formEvent.preventDefault();
    onSubmit({
      titleDe,
      descriptionDe,
      translations: Object.entries(translations)
        .filter(([, texts]) => texts.title.trim())
        .map(([language, texts]) => ({ language, title: texts.title, description: texts.description })),
      kind,
      place: place.trim() || null,
      onlineUrl: onlineUrl.trim() || null,
      startsAt: toIso(startsAt),
      endsAt: toIso(endsAt),
      registrationDeadline: toIso(deadline),
      capacity: Number.parseInt(capacity, 10) || 0,
      audience: { residents, categories: categories as EventInput['audience']['categories'], districts: [], companies },
    });
  };

  return (
    <form className="stack-large" onSubmit={submit} noValidate data-testid="event-form">
      {error && (
        <ErrorAlert
          error={error}
          formFields={[
            'titleDe',
            'descriptionDe',
            'place',
            'onlineUrl',
            'startsAt',
            'endsAt',
            'registrationDeadline',
            'capacity',
            'audience',
          ]}
        />
      )}
      <TextField name="titleDe" label={t('events.form.titleDe')} value={titleDe} onChange={setTitleDe} error={fieldError('titleDe')} />
      <TextAreaField
        name="descriptionDe"
        label={t('events.form.descriptionDe')}
        value={descriptionDe}
        onChange={setDescriptionDe}
        error={fieldError('descriptionDe')}
      />
      <SelectField
        name="kind"
        label={t('events.form.kind')}
        value={kind}
        onChange={(value) => setKind(value as EventKind)}
        options={EVENT_KINDS.map((value) => ({ value, label: t(`events.kinds.${value}`) }))}
      />
      <TextField name="place" label={t('events.form.place')} value={place} onChange={setPlace} error={fieldError('place')} />
      <TextField
        name="onlineUrl"
        label={t('events.form.onlineUrl')}
        value={onlineUrl}
        onChange={setOnlineUrl}
        error={fieldError('onlineUrl')}
      />
      <DateTimeField
        name="startsAt"
        label={t('events.form.startsAt')}
        value={startsAt}
        onChange={setStartsAt}
        error={fieldError('startsAt')}
      />
      <DateTimeField name="endsAt" label={t('events.form.endsAt')} value={endsAt} onChange={setEndsAt} error={fieldError('endsAt')} />
      <DateTimeField
        name="registrationDeadline"
        label={t('events.form.deadline')}
        value={deadline}
        onChange={setDeadline}
        error={fieldError('registrationDeadline')}
      />
      <TextField name="capacity" label={t('events.form.capacity')} value={capacity} onChange={setCapacity} error={fieldError('capacity')} />
      <fieldset className="kern-fieldset stack">
        <legend className="kern-label">{t('events.form.audience')}</legend>
        <CheckboxField
          name="audience-residents"
          label={t('events.form.residents')}
          checked={residents}
          onChange={setResidents}
          error={fieldError('audience')}
        />
        {CATEGORIES.map((category) => (
          <CheckboxField
            key={category}
            name={`audience-${category}`}
            label={t(`events.form.categories.${category}`)}
            checked={categories.includes(category)}
            onChange={(checked) =>
              setCategories((current) => (checked ? [...current, category] : current.filter((value) => value !== category)))
            }
          />
        ))}
        <CheckboxField name="audience-companies" label={t('events.form.companies')} checked={companies} onChange={setCompanies} />
      </fieldset>
      <details className="stack">
        <summary className="kern-label">{t('events.form.translations')}</summary>
        {TRANSLATION_LANGUAGES.map((code) => (
          <fieldset key={code} className="kern-fieldset stack" lang={code}>
            <legend className="kern-label">{languageNameIn(code, i18n.language)}</legend>
            <TextField
              name={`translation-${code}-title`}
              label={t('events.form.translatedTitle')}
              value={translations[code]?.title ?? ''}
              onChange={(title) =>
                setTranslations((current) => ({ ...current, [code]: { title, description: current[code]?.description ?? '' } }))
              }
            />
            <TextAreaField
              name={`translation-${code}-description`}
              label={t('events.form.translatedDescription')}
              value={translations[code]?.description ?? ''}
              onChange={(description) =>
                setTranslations((current) => ({ ...current, [code]: { title: current[code]?.title ?? '', description } }))
              }
            />
          </fieldset>
        ))}
      </details>
      <SubmitButton label={t('events.form.save')} busy={busy} />
    </form>
  );
}
