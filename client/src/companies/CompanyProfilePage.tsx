import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { toAppError } from '../api/appError';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { SuccessPanel } from '../components/SuccessPanel';
import { useFormSubmission } from '../forms/useFormSubmission';
import { usePageTitle } from '../i18n/usePageTitle';
import { BackToJourney } from './BackToJourney';
import { CompanyForm, initialValues } from './CompanyForm';
import { COMPANY_DASHBOARD, UPDATE_COMPANY, type CompanyDetailsInput } from './operations';
import { RegisterExtractUpload } from './RegisterExtractUpload';
import { useJourneyActivity } from './useJourneyActivity';
import { VatCheckPanel } from './VatCheckPanel';

/** The company's details (editable by owners and managing directors) and its register extract. */
export function CompanyProfilePage() {
  const { companyId = '' } = useParams();
  const { t } = useTranslation('companies');
  usePageTitle(t('profile.title'));
  useJourneyActivity(companyId);
  const { data, loading, error, refetch } = useQuery(COMPANY_DASHBOARD, { variables: { companyId }, fetchPolicy: 'cache-and-network' });
  const [update] = useMutation(UPDATE_COMPANY);
  const submission = useFormSubmission();
  const [saved, setSaved] = useState(false);

  if (error && !data) return <ErrorAlert error={toAppError(error)} />;
  if (loading && !data) return <LoadingIndicator />;
  if (!data) return null;
  const company = data.company;
  const mayEdit = company.myRole === 'owner' || company.myRole === 'managing_director';

  const submit = (values: CompanyDetailsInput) =>
    void submission.run(async () => {
      setSaved(false);
      await update({ variables: { input: { ...values, companyId } } });
      setSaved(true);
    });

  return (
    <div className="stack-large narrow">
      <BackToJourney companyId={companyId} />
      <h1 className="kern-heading-x-large">{t('profile.title')}</h1>
      {saved && <SuccessPanel title={t('form.saved')} />}
      {mayEdit ? (
        <CompanyForm
          initial={initialValues(company)}
          submitLabel={t('form.save')}
          busy={submission.busy}
          error={submission.error}
          onSubmit={submit}
        />
      ) : (
        <p className="kern-body">{t('profile.readOnly')}</p>
      )}
      {company.vatCheck && <VatCheckPanel companyId={companyId} check={company.vatCheck} />}
      <RegisterExtractUpload companyId={companyId} current={company.registerExtract} onUploaded={() => void refetch()} />
    </div>
  );
}
