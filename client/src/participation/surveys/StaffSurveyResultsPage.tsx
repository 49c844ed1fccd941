import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { toAppError } from '../../api/appError';
import { ContentText } from '../../components/ContentLanguage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { useFormSubmission } from '../../forms/useFormSubmission';
import { usePageTitle } from '../../i18n/usePageTitle';
import type { District, ResidencyCategory } from '../../gql/graphql';
import { SURVEY_RESULTS, SURVEY_RESULTS_CSV } from './operations';
import { SurveyResultsView } from './SurveyResultsView';

const DISTRICTS: District[] = ['bochum', 'wattenscheid'];
const CATEGORIES: ResidencyCategory[] = ['student', 'commuter', 'second_home', 'former_resident'];

/** Communication staff: results with district × category filters; groups below k say "too few answers". CSV of aggregates. */
export function StaffSurveyResultsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('participation');
  const [district, setDistrict] = useState<District | ''>('');
  const [category, setCategory] = useState<ResidencyCategory | ''>('');
  const { data, loading, error } = useQuery(SURVEY_RESULTS, {
    variables: { id, filter: { district: district || null, category: category || null } },
    fetchPolicy: 'network-only',
  });
  const client = useApolloClient();
  const download = useFormSubmission();
  usePageTitle(t('surveys.results.title'));
  const exportCsv = () =>
    download.run(async () => {
      const result = await client.query({ query: SURVEY_RESULTS_CSV, variables: { id }, fetchPolicy: 'network-only' });
      const url = URL.createObjectURL(new Blob([result.data!.surveyResultsCsv], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `survey-${id}.csv`;
      link.click();
      URL.revokeObjectURL(url);
    });
  return (
    <div className="stack-large" data-testid="staff-survey-results-page">
      <h1 className="kern-heading-x-large">
        {t('surveys.results.title')}
        {data && (
          <>
            {': '}
            <ContentText text={data.surveyResults.title.text} language={data.surveyResults.title.language} />
          </>
        )}
      </h1>
      <div className="button-row">
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="filter-district">
            {t('surveys.results.district')}
          </label>
          <select
            id="filter-district"
            className="kern-form-input__select"
            value={district}
            onChange={(event) => setDistrict(event.target.value as District | '')}
          >
            <option value="">{t('surveys.results.all')}</option>
            {DISTRICTS.map((value) => (
              <option key={value} value={value}>
                {t(`surveys.districts.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="filter-category">
            {t('surveys.results.category')}
          </label>
          <select
            id="filter-category"
            className="kern-form-input__select"
            value={category}
            onChange={(event) => setCategory(event.target.value as ResidencyCategory | '')}
          >
            <option value="">{t('surveys.results.all')}</option>
            {CATEGORIES.map((value) => (
              <option key={value} value={value}>
                {t(`surveys.categories.${value}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="kern-hint">{t('surveys.results.rule', { k: data?.surveyResults.minGroupSize ?? 5 })}</p>
      {(error || download.error) && <ErrorAlert error={download.error ?? toAppError(error!)} formFields={[]} />}
      {loading && !data && <LoadingIndicator />}
      {data && <SurveyResultsView results={data.surveyResults} />}
      <button
        type="button"
        className="kern-btn kern-btn--secondary"
        disabled={download.busy}
        onClick={() => void exportCsv()}
        data-testid="export-csv"
      >
        <span className="kern-label">{t('surveys.results.export')}</span>
      </button>
      <Link to="/staff/participation/surveys" className="kern-link">
        {t('surveys.staff.back')}
      </Link>
    </div>
  );
}
