import { useTranslation } from 'react-i18next';
import { ContentText } from '../../components/ContentLanguage';
import type { SurveyResults } from './operations';

/** Aggregates of one group, or the "too few answers" notice (never zeros). */
export function SurveyResultsView({ results }: { results: SurveyResults }) {
  const { t } = useTranslation('participation');
  if (results.state === 'too_few_answers') {
    return (
      <div className="kern-alert kern-alert--info" role="status" data-testid="too-few-answers">
        <div className="kern-alert__header">
          <span className="kern-title">{t('surveys.results.tooFew', { k: results.minGroupSize })}</span>
        </div>
      </div>
    );
  }
  return (
    <div className="stack" data-testid="survey-results">
      <p className="kern-body" data-testid="respondents">
        {t('surveys.results.respondents', { count: results.respondents ?? 0 })}
      </p>
      {results.questions.map((question) => (
        <section key={question.questionId} className="stack" aria-labelledby={`result-${question.questionId}`}>
          <h3 id={`result-${question.questionId}`} className="kern-heading-small">
            <ContentText text={question.text.text} language={question.text.language} />
          </h3>
          {question.options.length > 0 && (
            <table className="kern-table">
              <thead className="kern-table__head">
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">
                    {t('surveys.results.option')}
                  </th>
                  <th scope="col" className="kern-table__header">
                    {t('surveys.results.count')}
                  </th>
                  {question.kind === 'ranking' && (
                    <>
                      <th scope="col" className="kern-table__header">
                        {t('surveys.results.meanRank')}
                      </th>
                      <th scope="col" className="kern-table__header">
                        {t('surveys.results.borda')}
                      </th>
                    </>
                  )}
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {question.options.map((option) => (
                  <tr key={option.optionId} className="kern-table__row">
                    <th scope="row" className="kern-table__cell">
                      <ContentText text={option.text.text} language={option.text.language} />
                    </th>
                    <td className="kern-table__cell">{option.count}</td>
                    {question.kind === 'ranking' && (
                      <>
                        <td className="kern-table__cell">{option.meanRank ?? '–'}</td>
                        <td className="kern-table__cell">{option.bordaScore ?? '–'}</td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {question.kind === 'scale' && (
            <>
              <p className="kern-body">{t('surveys.results.average', { value: question.scaleAverage ?? '–' })}</p>
              <ul className="plain-list">
                {question.distribution.map((bucket) => (
                  <li key={bucket.value} className="kern-body">
                    {t('surveys.results.bucket', { value: bucket.value, count: bucket.count })}
                  </li>
                ))}
              </ul>
            </>
          )}
          {question.kind === 'free_text' && question.freeTexts.length > 0 && (
            <ul className="stack plain-list" data-testid="free-texts">
              {question.freeTexts.map((text, index) => (
                <li key={index} className="kern-body pre-line">
                  {text}
                </li>
              ))}
            </ul>
          )}
          {question.kind === 'free_text' && question.freeTexts.length === 0 && (
            <p className="kern-body">{t('surveys.results.answered', { count: question.answered })}</p>
          )}
        </section>
      ))}
    </div>
  );
}
