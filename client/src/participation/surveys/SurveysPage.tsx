import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { toAppError } from '../../api/appError';
import { ContentText } from '../../components/ContentLanguage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { usePageTitle } from '../../i18n/usePageTitle';
import { formatDateTime } from '../../utils/formatDate';
import { MY_SURVEYS, type Survey } from './operations';

function SurveyList({ surveys, testId }: { surveys: Survey[]; testId: string }) {
  const { t, i18n } = useTranslation('participation');
  return (
    <ul className="stack plain-list" data-testid={testId}>
      {surveys.map((survey) => (
        <li key={survey.id} className="kern-card kern-card--surface" data-testid="survey-card" data-survey-id={survey.id}>
          <div className="kern-card__container">
            <header className="kern-card__header">
              <h3 className="kern-title">
                <Link className="kern-link" to={`/surveys/${survey.id}`}>
                  <ContentText text={survey.title.text} language={survey.title.language} />
                </Link>
              </h3>
            </header>
            <div className="kern-card__body">
              <p className="kern-body">{t('surveys.until', { date: formatDateTime(survey.closesAt, i18n.language) })}</p>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}

/** Residents: the surveys open to them now, and those they answered. */
export function SurveysPage() {
  const { t } = useTranslation('participation');
  usePageTitle(t('surveys.title'));
  const { data, loading, error } = useQuery(MY_SURVEYS, { fetchPolicy: 'cache-and-network' });
  const surveys = data?.mySurveys ?? [];
  const open = surveys.filter((survey) => survey.state === 'open');
  const answered = surveys.filter((survey) => survey.state === 'answered');
  return (
    <div className="stack-large" data-testid="surveys-page">
      <h1 className="kern-heading-x-large">{t('surveys.title')}</h1>
      <p className="kern-body">{t('surveys.intro')}</p>
      {error && <ErrorAlert error={toAppError(error)} formFields={[]} />}
      {loading && !data && <LoadingIndicator />}
      <section className="stack" aria-labelledby="open-surveys">
        <h2 id="open-surveys" className="kern-heading-large">
          {t('surveys.open')}
        </h2>
        {data && open.length === 0 && <p className="kern-body">{t('surveys.none')}</p>}
        <SurveyList surveys={open} testId="open-surveys" />
      </section>
      {answered.length > 0 && (
        <section className="stack" aria-labelledby="answered-surveys">
          <h2 id="answered-surveys" className="kern-heading-large">
            {t('surveys.answeredList')}
          </h2>
          <SurveyList surveys={answered} testId="answered-surveys" />
        </section>
      )}
    </div>
  );
}
