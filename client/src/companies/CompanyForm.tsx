import { useQuery } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../api/appError';
import { ErrorAlert } from '../components/ErrorAlert';
import { FormField } from '../components/FormField';
import { SelectField } from '../components/SelectField';
import { SubmitButton } from '../components/SubmitButton';
import { fieldErrorsOf } from '../forms/validation';
import { CompanyField } from './CompanyField';
import { COMPANY_LEGAL_FORMS, COMPANY_TAX_ID_FORMAT, type Company, type CompanyDetailsInput } from './operations';
import { countryOptions } from './countries';

const OTHER = '__other__';

const FORM_FIELDS = [
  'legalName',
  'legalForm',
  'countryCode',
  'registerName',
  'registerNumber',
  'vatId',
  'headOffice.street',
  'headOffice.postcode',
  'headOffice.city',
  'headOffice.countryCode',
  'website',
  'mainActivity',
] as const;

export function initialValues(company?: Company | null): CompanyDetailsInput {
  return {
    legalName: company?.legalName ?? '',
    legalForm: company?.legalForm ?? '',
    countryCode: company?.countryCode ?? '',
    registerName: company?.registerName ?? '',
    registerNumber: company?.registerNumber ?? '',
    vatId: company?.vatId ?? '',
    headOffice: {
      street: company?.headOffice.street ?? '',
      postcode: company?.headOffice.postcode ?? '',
      city: company?.headOffice.city ?? '',
      countryCode: company?.headOffice.countryCode ?? '',
    },
    website: company?.website ?? '',
    mainActivity: company?.mainActivity ?? '',
  };
}

interface CompanyFormProps {
  initial: CompanyDetailsInput;
  submitLabel: string;
  busy: boolean;
  error: AppError | null;
  onSubmit: (values: CompanyDetailsInput) => void;
}

/**
 * The company's profile: register data, VAT id (EU, checked with VIES) or home tax id (labelled per country of
 * registration), head office, activity.
 */
export function CompanyForm({ initial, submitLabel, busy, error, onSubmit }: CompanyFormProps) {
  const { t, i18n } = useTranslation('companies');
  const [values, setValues] = useState<CompanyDetailsInput>(initial);
  const [headOfficeCountryTouched, setHeadOfficeCountryTouched] = useState(Boolean(initial.headOffice.countryCode));
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const { data: forms } = useQuery(COMPANY_LEGAL_FORMS, { variables: { countryCode: values.countryCode }, skip: !values.countryCode });
  const legalForms = forms?.companyLegalForms ?? [];
  const { data: taxIdData } = useQuery(COMPANY_TAX_ID_FORMAT, {
    variables: { countryCode: values.countryCode },
    skip: !values.countryCode,
  });
  const taxIdFormat = values.countryCode ? taxIdData?.companyTaxIdFormat : undefined;
  const taxIdHint = taxIdFormat
    ? [taxIdFormat.example && t('form.taxIdExample', { example: taxIdFormat.example }), taxIdFormat.checkedWithVies && t('form.taxIdVies')]
        .filter(Boolean)
        .join(' ') || undefined
    : t('form.vatIdHint');
  const [otherForm, setOtherForm] = useState(Boolean(initial.legalForm));
  const listed = legalForms.includes(values.legalForm);
  const showOther = otherForm && !listed;
  const errors = fieldErrorsOf(error);

  const set = <K extends keyof CompanyDetailsInput>(key: K, value: CompanyDetailsInput[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const setHeadOffice = (key: keyof CompanyDetailsInput['headOffice'], value: string) =>
    setValues((current) => ({ ...current, headOffice: { ...current.headOffice, [key]: value } }));

  const chooseCountry = (countryCode: string) => {
    setValues((current) => ({
      ...current,
      countryCode,
      legalForm: otherForm ? current.legalForm : '',
      headOffice: headOfficeCountryTouched ? current.headOffice : { ...current.headOffice, countryCode },
    }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const optional = (value: string | null | undefined) => (value && value.trim() ? value.trim() : null);
    onSubmit({
      ...values,
      registerName: optional(values.registerName),
      registerNumber: optional(values.registerNumber),
      vatId: optional(values.vatId),
      website: optional(values.website),
    });
  };

  const countrySelect = [{ value: '', label: t('form.chooseCountry') }, ...countries];

  return (
    <form className="stack" onSubmit={submit} noValidate data-testid="company-form">
      {error && <ErrorAlert error={error} formFields={FORM_FIELDS} />}
      <CompanyField
        name="legalName"
        label={t('form.legalName')}
        value={values.legalName}
        onChange={(value) => set('legalName', value)}
        error={errors.legalName}
        autoComplete="organization"
      />
      <SelectField
        name="countryCode"
        label={t('form.country')}
        value={values.countryCode}
        options={countrySelect}
        onChange={chooseCountry}
        error={errors.countryCode}
      />
      {legalForms.length > 0 && (
        <SelectField
          name="legalFormChoice"
          label={t('form.legalForm')}
          value={showOther ? OTHER : values.legalForm}
          options={[
            { value: '', label: t('form.chooseCountry') },
            ...legalForms.map((form) => ({ value: form, label: form })),
            { value: OTHER, label: t('form.legalFormOtherOption') },
          ]}
          onChange={(value) => {
            setOtherForm(value === OTHER);
            set('legalForm', value === OTHER ? '' : value);
          }}
          error={showOther ? undefined : errors.legalForm}
        />
      )}
      {(legalForms.length === 0 || showOther) && (
        <CompanyField
          name="legalForm"
          label={legalForms.length === 0 ? t('form.legalForm') : t('form.legalFormOther')}
          value={values.legalForm}
          onChange={(value) => set('legalForm', value)}
          error={errors.legalForm}
        />
      )}
      <CompanyField
        name="registerName"
        label={t('form.registerName')}
        hint={t('form.registerNameHint')}
        value={values.registerName ?? ''}
        onChange={(value) => set('registerName', value)}
        error={errors.registerName}
        required={false}
      />
      <CompanyField
        name="registerNumber"
        label={t('form.registerNumber')}
        value={values.registerNumber ?? ''}
        onChange={(value) => set('registerNumber', value)}
        error={errors.registerNumber}
        required={false}
      />
      <CompanyField
        name="vatId"
        label={taxIdFormat ? t(`form.taxId.${taxIdFormat.kind}`) : t('form.vatId')}
        hint={taxIdHint}
        value={values.vatId ?? ''}
        onChange={(value) => set('vatId', value)}
        error={errors.vatId}
        required={false}
      />
      <fieldset className="kern-fieldset stack">
        <legend className="kern-label">{t('form.headOffice')}</legend>
        <CompanyField
          name="headOffice.street"
          label={t('form.street')}
          value={values.headOffice.street}
          onChange={(value) => setHeadOffice('street', value)}
          error={errors['headOffice.street']}
          autoComplete="street-address"
        />
        <CompanyField
          name="headOffice.postcode"
          label={t('form.postcode')}
          value={values.headOffice.postcode}
          onChange={(value) => setHeadOffice('postcode', value)}
          error={errors['headOffice.postcode']}
          autoComplete="postal-code"
        />
        <CompanyField
          name="headOffice.city"
          label={t('form.city')}
          value={values.headOffice.city}
          onChange={(value) => setHeadOffice('city', value)}
          error={errors['headOffice.city']}
          autoComplete="address-level2"
        />
        <SelectField
          name="headOffice.countryCode"
          label={t('form.headOfficeCountry')}
          value={values.headOffice.countryCode}
          options={countrySelect}
          onChange={(value) => {
            setHeadOfficeCountryTouched(true);
            setHeadOffice('countryCode', value);
          }}
          error={errors['headOffice.countryCode']}
        />
      </fieldset>
      <CompanyField
        name="website"
        label={t('form.website')}
        value={values.website ?? ''}
        onChange={(value) => set('website', value)}
        error={errors.website}
        required={false}
        type="url"
        autoComplete="url"
      />
      <FormField name="mainActivity" label={t('form.mainActivity')} hint={t('form.mainActivityHint')} error={errors.mainActivity}>
        {(control) => (
          <textarea
            {...control}
            className={`kern-form-input__input${errors.mainActivity ? ' kern-form-input__input--error' : ''}`}
            name="mainActivity"
            rows={2}
            required
            value={values.mainActivity}
            data-testid="company-mainActivity"
            onChange={(event) => set('mainActivity', event.target.value)}
          />
        )}
      </FormField>
      <div>
        <SubmitButton label={submitLabel} busy={busy} />
      </div>
    </form>
  );
}
