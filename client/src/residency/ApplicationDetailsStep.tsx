import { useTranslation } from 'react-i18next';
import { TextField } from '../components/TextField';
import { DATE_FIELDS, FACT_FIELDS, type ApplicationFormValues } from './applicationForm';

interface StepProps {
  values: ApplicationFormValues;
  onChange: (field: keyof ApplicationFormValues) => (value: string) => void;
  errors: Record<string, string>;
}

/** Name and the facts the chosen category needs. */
export function ApplicationDetailsStep({ values, onChange, errors }: StepProps) {
  const { t } = useTranslation('residency');
  if (!values.category) return null;
  return (
    <>
      <TextField
        name="givenName"
        label={t('fields.givenName')}
        autoComplete="given-name"
        value={values.givenName}
        onChange={onChange('givenName')}
        error={errors.givenName}
      />
      <TextField
        name="familyName"
        label={t('fields.familyName')}
        autoComplete="family-name"
        value={values.familyName}
        onChange={onChange('familyName')}
        error={errors.familyName}
      />
      <h2 className="kern-heading-small">{t(`factsHeading.${values.category}`)}</h2>
      {FACT_FIELDS[values.category].map((field) =>
        DATE_FIELDS.has(field) ? (
          <TextField
            type="date"
            key={field}
            name={field}
            label={t(`fields.${field}` as 'fields.university')}
            value={String(values[field])}
            onChange={onChange(field)}
            error={errors[field]}
          />
        ) : (
          <TextField
            key={field}
            name={field}
            label={t(`fields.${field}` as 'fields.university')}
            hint={t(`fieldHints.${field}` as 'fieldHints.university')}
            value={String(values[field])}
            onChange={onChange(field)}
            error={errors[field]}
          />
        ),
      )}
    </>
  );
}
