import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { toAppError } from '../../api/appError';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { useFormSubmission } from '../../forms/useFormSubmission';
import { usePageTitle } from '../../i18n/usePageTitle';
import { formatDateTime } from '../../utils/formatDate';
import { CLOSE_SURVEY, PUBLISH_SURVEY, STAFF_SURVEYS } from './operations';

/** Communication staff: every survey with its status and participant count; publish, close, results. */
export function StaffSurveysPage() {
  const { t, i18n } = useTranslation('participation');
  usePageTitle(t('surveys.staff.title'));
  const { data, loading, error, refetch } = useQuery(STAFF_SURVEYS, { fetchPolicy: 'cache-and-network' });
  const submission = useFormSubmission();
  const [publish] = useMutation(PUBLISH_SURVEY);
  const [close] = useMutation(CLOSE_SURVEY);
  const act = (action: () => Promise<unknown>) =>
    submission.run(async () => {
      await action();
      await refetch();
    });
  return (
    <div className="stack-large" data-testid="staff-surveys-page">
      <h1 className="kern-heading-x-large">{t('surveys.staff.title')}</h1>
      <Link to="/staff/participation/surveys/new" className="kern-btn kern-btn--primary" data-testid="new-survey">
        <span className="kern-label">{t('surveys.staff.new')}</span>
      </Link>
      {(error || submission.error) && <ErrorAlert error={submission.error ?? toAppError(error!)} formFields={[]} />}
      {loading && !data && <LoadingIndicator />}
      <table className="kern-table">
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {t('surveys.staff.titleColumn')}
            </th>
            <th scope="col" className="kern-table__header">
              {t('surveys.staff.statusColumn')}
            </th>
            <th scope="col" className="kern-table__header">
              {t('surveys.staff.periodColumn')}
            </th>
            <th scope="col" className="kern-table__header">
              {t('surveys.staff.participantsColumn')}
            </th>
            <th scope="col" className="kern-table__header">
              {t('surveys.staff.actionsColumn')}
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {(data?.staffSurveys ?? []).map((survey) => (
            <tr key={survey.id} className="kern-table__row" data-testid="staff-survey-row" data-survey-id={survey.id}>
              <th scope="row" className="kern-table__cell">
                <Link className="kern-link" to={`/staff/participation/surveys/${survey.id}`}>
                  {survey.titleDe}
                </Link>
              </th>
              <td className="kern-table__cell">{t(`surveys.staff.status.${survey.status}`)}</td>
              <td className="kern-table__cell">
                {formatDateTime(survey.opensAt, i18n.language)} – {formatDateTime(survey.closesAt, i18n.language)}
              </td>
              <td className="kern-table__cell">{survey.participants}</td>
              <td className="kern-table__cell">
                <div className="button-row">
                  {survey.status === 'draft' && (
                    <button
                      type="button"
                      className="kern-btn kern-btn--secondary"
                      disabled={submission.busy}
                      onClick={() => void act(() => publish({ variables: { id: survey.id } }))}
                    >
                      <span className="kern-label">{t('surveys.staff.publish')}</span>
                    </button>
                  )}
                  {survey.status === 'published' && (
                    <button
                      type="button"
                      className="kern-btn kern-btn--secondary"
                      disabled={submission.busy}
                      onClick={() => void act(() => close({ variables: { id: survey.id } }))}
                    >
                      <span className="kern-label">{t('surveys.staff.close')}</span>
                    </button>
                  )}
                  {survey.status !== 'draft' && (
                    <Link className="kern-link" to={`/staff/participation/surveys/${survey.id}/results`} data-testid="survey-results-link">
                      {t('surveys.staff.results')}
                    </Link>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
