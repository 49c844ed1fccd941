import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { CREATE_RESIDENCY_APPLICATION, MY_RESIDENCY_OVERVIEW } from './operations';
import { CheckboxField } from '../components/CheckboxField';
import { ErrorAlert } from '../components/ErrorAlert';
import { SubmitButton } from '../components/SubmitButton';
import { useFormSubmission } from '../forms/useFormSubmission';
import { clientValidationError, emptyFields, fieldErrorsOf } from '../forms/validation';
import { usePageTitle } from '../i18n/usePageTitle';
import { ProveIdentityStep } from '../identity-verification/ProveIdentityStep';
import { ApplicationDetailsStep } from './ApplicationDetailsStep';
import { EMPTY_APPLICATION, FACT_FIELDS, stepOfField, toApplicationInput, type ApplicationFormValues } from './applicationForm';
import { CategoryStep } from './CategoryStep';
import { StepIndicator } from './StepIndicator';
import './residency.css';
import { GermanBindingNotice } from '../components/GermanBindingNotice';

type Step = 1 | 2 | 3;

/** The guided application: why the city (category, district), the facts, consent; then documents on the application page. */
export function ApplyPage() {
  const { t } = useTranslation('residency');
  const { t: tc } = useTranslation();
  usePageTitle(t('apply.title'));
  const navigate = useNavigate();
  const [step, setStep] = useState<Step>(1);
  const [values, setValues] = useState<ApplicationFormValues>(EMPTY_APPLICATION);
  const [verifiedName, setVerifiedName] = useState<{ givenName: string; familyName: string } | null>(null);
  const { t: ti } = useTranslation('identity-verification');
  const [create] = useMutation(CREATE_RESIDENCY_APPLICATION, { refetchQueries: [MY_RESIDENCY_OVERVIEW] });
  const { busy, error, setError, run } = useFormSubmission();
  const fieldErrors = fieldErrorsOf(error);
  const change = (field: keyof ApplicationFormValues) => (value: string | boolean) =>
    setValues((previous) => ({ ...previous, [field]: value }));

  function problemsOf(current: Step) {
    const required = tc('validation.required');
    if (current === 1) return emptyFields({ category: values.category, district: values.district }, t('apply.chooseOne'));
    if (current === 2 && values.category) {
      const fields = ['givenName', 'familyName', ...FACT_FIELDS[values.category]] as const;
      return emptyFields(Object.fromEntries(fields.map((field) => [field, String(values[field])])), required);
    }
    return values.consent ? [] : [{ field: 'consent', message: t('apply.consentRequired'), constraint: 'required' }];
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const invalid = clientValidationError(problemsOf(step), tc('validation.summary'));
    if (invalid) return setError(invalid);
    setError(null);
    if (step < 3) return setStep((step + 1) as Step);
    const category = values.category as Exclude<ApplicationFormValues['category'], ''>;
    const result = await run(() => create({ variables: { input: { ...toApplicationInput(values, category), category } } }));
    if (result?.data) void navigate(`/residency/applications/${result.data.createResidencyApplication.id}`);
  }

  const serverStep = error?.details[0] ? stepOfField(error.details[0].field) : undefined;
  if (serverStep && serverStep < step) setStep(serverStep);

  return (
    <div className="narrow stack-large">
      <div className="stack">
        <h1 className="kern-heading-x-large">{t('apply.title')}</h1>
        <StepIndicator current={step} total={4} label={t(`apply.steps.${step}`)} />
      </div>
      {step === 1 && (
        <ProveIdentityStep
          returnTo="/residency/apply"
          onVerified={(identity) => {
            setVerifiedName({ givenName: identity.givenName, familyName: identity.familyName });
            // The residency carries the verified name anyway; start from it instead of an empty field.
            setValues((previous) =>
              previous.givenName || previous.familyName
                ? previous
                : { ...previous, givenName: identity.givenName, familyName: identity.familyName },
            );
          }}
        />
      )}
      {error && <ErrorAlert error={error} formFields={Object.keys(values)} />}
      <form className="stack" onSubmit={handleSubmit} noValidate data-testid="apply-form">
        {step === 1 && <CategoryStep values={values} onChange={change} errors={fieldErrors} />}
        {step === 2 && <ApplicationDetailsStep values={values} onChange={change} errors={fieldErrors} />}
        {step === 2 &&
          verifiedName &&
          (values.givenName.trim() !== verifiedName.givenName || values.familyName.trim() !== verifiedName.familyName) && (
            <p className="kern-body kern-body--small" data-testid="verified-name-differs">
              {ti('applyStep.nameDiffers')}
            </p>
          )}
        {step === 3 && (
          <div className="stack">
            <GermanBindingNotice />
            <p className="kern-body">{t('apply.consentText')}</p>
            <CheckboxField
              name="consent"
              label={t('apply.consentLabel')}
              checked={values.consent}
              onChange={change('consent')}
              error={fieldErrors.consent}
            />
            <p className="kern-body kern-body--small">{t('apply.afterConsent')}</p>
          </div>
        )}
        <div className="button-row">
          {step > 1 ? (
            <button
              type="button"
              className="kern-btn kern-btn--secondary"
              onClick={() => setStep((step - 1) as Step)}
              data-testid="apply-back"
            >
              <span className="kern-label">{t('apply.back')}</span>
            </button>
          ) : (
            <Link className="kern-btn kern-btn--secondary" to="/residency">
              <span className="kern-label">{t('apply.cancel')}</span>
            </Link>
          )}
          <SubmitButton label={step < 3 ? t('apply.next') : t('apply.create')} busy={busy} />
        </div>
      </form>
    </div>
  );
}
