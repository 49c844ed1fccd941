import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../api/appError';
import { ErrorAlert } from '../components/ErrorAlert';
import { FormField, inputClass } from '../components/FormField';
import { RadioGroup } from '../components/RadioGroup';
import { TextAreaField } from '../components/TextAreaField';
import { TextField } from '../components/TextField';
import { fieldErrorsOf } from '../forms/validation';
import {
  BUSINESS_SCOPES,
  ESTABLISHMENT_KINDS,
  type TradeRegistration,
  type TradeRegistrationFormValues,
  type TradePermit,
} from './operations';
import { WzCodeCombobox } from './WzCodeCombobox';

const FORM_FIELDS = [
  'establishmentKind',
  'activityDescription',
  'wzCode',
  'startDate',
  'businessScope',
  'employeesFullTime',
  'employeesPartTime',
  'permits',
  'answer',
];

export function formValuesOf(registration: TradeRegistration): TradeRegistrationFormValues {
  return {
    establishmentKind: registration.establishmentKind,
    activityDescription: registration.activityDescription,
    wzCode: registration.wzCode,
    startDate: registration.startDate,
    businessScope: registration.businessScope,
    employeesFullTime: registration.employeesFullTime,
    employeesPartTime: registration.employeesPartTime,
    permits: registration.permits.map(({ kind, authority, issuedOn }) => ({ kind, authority, issuedOn })),
  };
}

interface TradeRegistrationFormProps {
  registration: TradeRegistration;
  busy: boolean;
  error: AppError | null;
  submitLabel: string;
  /** With an answer field (the office asked a question). */
  withAnswer?: boolean;
  onSubmit: (values: TradeRegistrationFormValues, answer: string) => void;
}

const toCount = (value: string) => (value.trim() === '' ? null : Number(value));

/** Form GewA1: the parts the applicant fills in (operator, persons and address come from verified data). */
export function TradeRegistrationForm({ registration, busy, error, submitLabel, withAnswer, onSubmit }: TradeRegistrationFormProps) {
  const { t } = useTranslation('trade-registration');
  const [values, setValues] = useState<TradeRegistrationFormValues>(() => formValuesOf(registration));
  const [wzTitle, setWzTitle] = useState(registration.wzTitle);
  const [permitRequired, setPermitRequired] = useState(registration.permits.length > 0);
  const [answer, setAnswer] = useState('');
  const fieldErrors = fieldErrorsOf(error);
  const set = <K extends keyof TradeRegistrationFormValues>(key: K, value: TradeRegistrationFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const setPermit = (index: number, change: Partial<TradePermit>) =>
    set(
      'permits',
      values.permits.map((permit, position) => (position === index ? { ...permit, ...change } : permit)),
    );

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    onSubmit({ ...values, permits: permitRequired ? values.permits : [] }, answer);
  }

  return (
    <form className="stack" onSubmit={submit} noValidate data-testid="trade-registration-form">
      {error && (
        <ErrorAlert
          error={error}
          formFields={[
            ...FORM_FIELDS,
            ...values.permits.flatMap((_, index) => ['kind', 'authority', 'issuedOn'].map((part) => `permits.${index}.${part}`)),
          ]}
        />
      )}
      <RadioGroup
        name="establishmentKind"
        legend={t('form.establishmentKind')}
        value={values.establishmentKind ?? ''}
        options={ESTABLISHMENT_KINDS.map((kind) => ({
          value: kind,
          label: t(`establishmentKinds.${kind}`),
          hint: t(`establishmentKindHints.${kind}`),
        }))}
        onChange={(value) => set('establishmentKind', value as TradeRegistrationFormValues['establishmentKind'])}
        error={fieldErrors.establishmentKind}
      />
      <TextAreaField
        name="activityDescription"
        label={t('form.activity')}
        hint={t('form.activityHint')}
        value={values.activityDescription}
        onChange={(value) => set('activityDescription', value)}
        rows={4}
        maxLength={1000}
        error={fieldErrors.activityDescription}
      />
      <WzCodeCombobox
        code={values.wzCode}
        title={wzTitle}
        onChange={(choice) => {
          set('wzCode', choice?.code ?? null);
          setWzTitle(choice?.title ?? null);
        }}
        error={fieldErrors.wzCode}
      />
      <TextField
        name="startDate"
        type="date"
        label={t('form.startDate')}
        hint={t('form.startDateHint')}
        value={values.startDate ?? ''}
        onChange={(value) => set('startDate', value || null)}
        error={fieldErrors.startDate}
      />
      <RadioGroup
        name="businessScope"
        legend={t('form.scope')}
        value={values.businessScope ?? ''}
        options={BUSINESS_SCOPES.map((scope) => ({ value: scope, label: t(`scopes.${scope}`) }))}
        onChange={(value) => set('businessScope', value as TradeRegistrationFormValues['businessScope'])}
        error={fieldErrors.businessScope}
        horizontal
      />
      {(['employeesFullTime', 'employeesPartTime'] as const).map((field) => (
        <FormField key={field} name={field} label={t(`form.${field}`)} error={fieldErrors[field]}>
          {(control) => (
            <input
              {...control}
              className={inputClass(fieldErrors[field])}
              name={field}
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              value={values[field] ?? ''}
              onChange={(event) => set(field, toCount(event.target.value))}
              data-testid={`trade-${field}`}
            />
          )}
        </FormField>
      ))}
      <RadioGroup
        name="permitRequired"
        legend={t('form.permitRequired')}
        value={permitRequired ? 'yes' : 'no'}
        options={[
          { value: 'no', label: t('form.permitNo') },
          { value: 'yes', label: t('form.permitYes') },
        ]}
        onChange={(value) => {
          setPermitRequired(value === 'yes');
          if (value === 'yes' && values.permits.length === 0) set('permits', [{ kind: '', authority: '', issuedOn: '' }]);
        }}
        error={fieldErrors.permits}
        horizontal
      />
      {permitRequired &&
        values.permits.map((permit, index) => (
          <fieldset className="kern-fieldset trade-permit stack" key={index}>
            <legend className="kern-label">{t('form.permit', { number: index + 1 })}</legend>
            <TextField
              name={`permit-${index}-kind`}
              label={t('form.permitKind')}
              value={permit.kind}
              onChange={(value) => setPermit(index, { kind: value })}
              error={fieldErrors[`permits.${index}.kind`]}
            />
            <TextField
              name={`permit-${index}-authority`}
              label={t('form.permitAuthority')}
              value={permit.authority}
              onChange={(value) => setPermit(index, { authority: value })}
              error={fieldErrors[`permits.${index}.authority`]}
            />
            <TextField
              name={`permit-${index}-issuedOn`}
              type="date"
              label={t('form.permitIssuedOn')}
              value={permit.issuedOn}
              onChange={(value) => setPermit(index, { issuedOn: value })}
              error={fieldErrors[`permits.${index}.issuedOn`]}
            />
            <div>
              <button
                type="button"
                className="kern-btn kern-btn--tertiary"
                onClick={() =>
                  set(
                    'permits',
                    values.permits.filter((_, position) => position !== index),
                  )
                }
              >
                <span className="kern-label">{t('form.removePermit')}</span>
              </button>
            </div>
          </fieldset>
        ))}
      {permitRequired && values.permits.length < 10 && (
        <div>
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() => set('permits', [...values.permits, { kind: '', authority: '', issuedOn: '' }])}
          >
            <span className="kern-label">{t('form.addPermit')}</span>
          </button>
        </div>
      )}
      {withAnswer && (
        <TextAreaField
          name="answer"
          label={t('info.answer')}
          value={answer}
          onChange={setAnswer}
          rows={4}
          maxLength={4000}
          error={fieldErrors.answer}
        />
      )}
      <div>
        <button
          type="submit"
          className="kern-btn kern-btn--primary"
          data-testid="trade-save"
          aria-disabled={busy || undefined}
          aria-busy={busy || undefined}
        >
          <span className="kern-label">{busy ? t('form.saving') : submitLabel}</span>
        </button>
      </div>
    </form>
  );
}
