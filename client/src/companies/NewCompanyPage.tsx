import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { toAppError } from '../api/appError';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { useFormSubmission } from '../forms/useFormSubmission';
import { usePageTitle } from '../i18n/usePageTitle';
import { MyIdentificationPath } from '../identity-verification/IdentificationPathHint';
import { CompanyForm, initialValues } from './CompanyForm';
import { CREATE_COMPANY, MY_COMPANIES, ONBOARDING_START_STEPS, type CompanyDetailsInput } from './operations';
import { JourneyStepList } from './JourneyStepList';
import { refreshRoles } from '../auth/refreshRoles';
import { clearPreCompanySeconds, takePreCompanySeconds, useJourneyActivity } from './useJourneyActivity';
import './companies.css';

/** The start of the journey: account ✓, identity (or the way to verify it), then the company's details. */
export function NewCompanyPage() {
  const { t } = useTranslation('companies');
  usePageTitle(t('start.title'));
  useJourneyActivity(null);
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(ONBOARDING_START_STEPS, { fetchPolicy: 'network-only' });
  const [create] = useMutation(CREATE_COMPANY, { refetchQueries: [MY_COMPANIES] });
  const submission = useFormSubmission();
  const steps = data?.onboardingStartSteps ?? [];
  const identity = steps.find((step) => step.step === 'identity');
  const identityDone = identity?.status === 'done';

  const submit = (values: CompanyDetailsInput) =>
    void submission.run(async () => {
      const preCompanySeconds = Math.round(takePreCompanySeconds());
      const result = await create({
        variables: { input: { ...values, preCompanySeconds: preCompanySeconds > 0 ? preCompanySeconds : null } },
      });
      const company = result.data?.createCompany;
      if (!company) return;
      clearPreCompanySeconds();
      // The token with the new company_rep role and the journey load at once: nothing on the way waits
      // for the role (a company's pages are allowed by its representatives' rows, not by the role).
      void refreshRoles();
      void navigate(`/company/${company.id}`);
    });

  return (
    <div className="stack-large narrow">
      <div className="stack">
        <h1 className="kern-heading-x-large">{t('start.title')}</h1>
        <p className="kern-body">{t('start.intro')}</p>
      </div>
      {error && <ErrorAlert error={toAppError(error)} />}
      {loading && !data && <LoadingIndicator />}
      {steps.length > 0 && <JourneyStepList steps={steps} nextStep={identityDone ? null : 'identity'} />}
      {data && !identityDone && (
        <div className="stack">
          <p className="kern-body">{t('start.identityFirst')}</p>
          <div>
            <Link
              className="kern-btn kern-btn--primary"
              to={identity?.link ?? '/identity?returnTo=/company/new'}
              data-testid="verify-identity"
            >
              <span className="kern-label">{t('start.verifyIdentity')}</span>
            </Link>
          </div>
          <MyIdentificationPath />
        </div>
      )}
      {identityDone && (
        <section className="stack" aria-labelledby="company-form-heading">
          <h2 className="kern-heading-medium" id="company-form-heading">
            {t('start.formHeading')}
          </h2>
          <CompanyForm
            initial={initialValues()}
            submitLabel={t('start.submit')}
            busy={submission.busy}
            error={submission.error}
            onSubmit={submit}
          />
        </section>
      )}
    </div>
  );
}
