import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { toAppError } from '../../api/appError';
import { ContentText } from '../../components/ContentLanguage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { useFormSubmission } from '../../forms/useFormSubmission';
import { usePageTitle } from '../../i18n/usePageTitle';
import { ANSWER_SURVEY, SURVEY, SURVEY_RESULTS, type Survey } from './operations';
import { SurveyResultsView } from './SurveyResultsView';

type Question = Survey['questions'][number];
interface Draft {
  optionIds: string[];
  value: number | null;
  ranking: string[];
  text: string;
}

function RankingField({ question, ranking, onChange }: { question: Question; ranking: string[]; onChange: (ranking: string[]) => void }) {
  const { t } = useTranslation('participation');
  const byId = new Map(question.options.map((option) => [option.id, option]));
  const move = (index: number, by: number) => {
    const next = [...ranking];
    [next[index], next[index + by]] = [next[index + by]!, next[index]!];
    onChange(next);
  };
  return (
    <ol className="stack" data-testid={`ranking-${question.id}`}>
      {ranking.map((id, index) => {
        const option = byId.get(id)!;
        return (
          <li key={id} className="kern-body">
            <ContentText text={option.text.text} language={option.text.language} />{' '}
            <button
              type="button"
              className="kern-btn kern-btn--tertiary"
              disabled={index === 0}
              onClick={() => move(index, -1)}
              aria-label={t('surveys.moveUp', { option: option.text.text })}
            >
              <span className="kern-label">↑</span>
            </button>
            <button
              type="button"
              className="kern-btn kern-btn--tertiary"
              disabled={index === ranking.length - 1}
              onClick={() => move(index, 1)}
              aria-label={t('surveys.moveDown', { option: option.text.text })}
            >
              <span className="kern-label">↓</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}

function QuestionField({ question, draft, onChange }: { question: Question; draft: Draft; onChange: (draft: Draft) => void }) {
  const { t } = useTranslation('participation');
  const name = `question-${question.id}`;
  const legend = (
    <legend className="kern-label">
      <ContentText text={question.text.text} language={question.text.language} />
      {!question.required && <span className="kern-hint"> {t('surveys.optional')}</span>}
    </legend>
  );
  if (question.kind === 'free_text') {
    return (
      <div className="kern-form-input">
        <label className="kern-label" htmlFor={name}>
          <ContentText text={question.text.text} language={question.text.language} />
          {!question.required && <span className="kern-hint"> {t('surveys.optional')}</span>}
        </label>
        <textarea
          id={name}
          className="kern-form-input__input"
          maxLength={2000}
          value={draft.text}
          onChange={(event) => onChange({ ...draft, text: event.target.value })}
        />
      </div>
    );
  }
  if (question.kind === 'ranking') {
    return (
      <fieldset className="kern-fieldset" data-testid={name}>
        {legend}
        <p className="kern-hint">{t('surveys.rankingHint')}</p>
        <RankingField question={question} ranking={draft.ranking} onChange={(ranking) => onChange({ ...draft, ranking })} />
      </fieldset>
    );
  }
  if (question.kind === 'scale') {
    const values: number[] = [];
    for (let value = question.scaleMin ?? 1; value <= (question.scaleMax ?? 5); value++) values.push(value);
    return (
      <fieldset className="kern-fieldset" data-testid={name}>
        {legend}
        {(question.scaleMinLabel || question.scaleMaxLabel) && (
          <p className="kern-hint">
            {question.scaleMin}: {question.scaleMinLabel?.text ?? ''} – {question.scaleMax}: {question.scaleMaxLabel?.text ?? ''}
          </p>
        )}
        <div className="kern-fieldset__body kern-fieldset__body--horizontal">
          {values.map((value) => (
            <div key={value} className="kern-form-check">
              <input
                className="kern-form-check__radio"
                type="radio"
                id={`${name}-${value}`}
                name={name}
                checked={draft.value === value}
                onChange={() => onChange({ ...draft, value })}
              />
              <label className="kern-label" htmlFor={`${name}-${value}`}>
                {value}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    );
  }
  const multiple = question.kind === 'multiple_choice';
  return (
    <fieldset className="kern-fieldset" data-testid={name}>
      {legend}
      <div className="kern-fieldset__body">
        {question.options.map((option) => {
          const id = `${name}-${option.id}`;
          const checked = draft.optionIds.includes(option.id);
          return (
            <div key={option.id} className="kern-form-check">
              <input
                className={multiple ? 'kern-form-check__checkbox' : 'kern-form-check__radio'}
                type={multiple ? 'checkbox' : 'radio'}
                id={id}
                name={name}
                checked={checked}
                onChange={() =>
                  onChange({
                    ...draft,
                    optionIds: multiple
                      ? checked
                        ? draft.optionIds.filter((other) => other !== option.id)
                        : [...draft.optionIds, option.id]
                      : [option.id],
                  })
                }
              />
              <label className="kern-label" htmlFor={id}>
                <ContentText text={option.text.text} language={option.text.language} />
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** The answer form: one fieldset per question; sent once. */
export function SurveyForm({ survey, onAnswered, preview = false }: { survey: Survey; onAnswered?: () => void; preview?: boolean }) {
  const { t } = useTranslation('participation');
  const submission = useFormSubmission();
  const [answerSurvey] = useMutation(ANSWER_SURVEY);
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() =>
    Object.fromEntries(
      survey.questions.map((question) => [
        question.id,
        { optionIds: [], value: null, ranking: question.kind === 'ranking' ? question.options.map((option) => option.id) : [], text: '' },
      ]),
    ),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (preview) return;
    void submission.run(async () => {
      await answerSurvey({
        variables: {
          id: survey.id,
          answers: survey.questions.map((question) => {
            const draft = drafts[question.id]!;
            return {
              questionId: question.id,
              optionIds: draft.optionIds,
              value: draft.value,
              ranking: question.kind === 'ranking' ? draft.ranking : [],
              text: draft.text.trim() || null,
            };
          }),
        },
      });
      onAnswered?.();
    });
  };
  return (
    <form className="stack-large" onSubmit={submit} noValidate data-testid="survey-form">
      {survey.questions.map((question) => (
        <QuestionField
          key={question.id}
          question={question}
          draft={drafts[question.id]!}
          onChange={(draft) => setDrafts({ ...drafts, [question.id]: draft })}
        />
      ))}
      {submission.error && <ErrorAlert error={submission.error} formFields={[]} />}
      {!preview && (
        <button type="submit" className="kern-btn kern-btn--primary" disabled={submission.busy} data-testid="submit-answers">
          <span className="kern-label">{t('surveys.submit')}</span>
        </button>
      )}
    </form>
  );
}

function ParticipantResults({ surveyId }: { surveyId: string }) {
  const { t } = useTranslation('participation');
  const { data, error } = useQuery(SURVEY_RESULTS, { variables: { id: surveyId }, fetchPolicy: 'network-only' });
  if (error) return <ErrorAlert error={toAppError(error)} formFields={[]} />;
  if (!data) return <LoadingIndicator />;
  return (
    <section className="stack" aria-labelledby="survey-results-heading">
      <h2 id="survey-results-heading" className="kern-heading-large">
        {t('surveys.results.title')}
      </h2>
      <SurveyResultsView results={data.surveyResults} />
    </section>
  );
}

/** Residents: one survey — the answer form, then a thank-you and (if the survey shows them) the results. */
export function SurveyPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('participation');
  const { data, loading, error, refetch } = useQuery(SURVEY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const survey = data?.survey;
  usePageTitle(survey?.title.text ?? t('surveys.title'));
  if (error) return <ErrorAlert error={toAppError(error)} formFields={[]} />;
  if (loading && !survey) return <LoadingIndicator />;
  if (!survey) return null;
  return (
    <article className="stack-large" data-testid="survey-page" data-survey-id={survey.id}>
      <h1 className="kern-heading-x-large">
        <ContentText text={survey.title.text} language={survey.title.language} />
      </h1>
      {survey.intro.text && <ContentText as="p" text={survey.intro.text} language={survey.intro.language} />}
      <p className="kern-hint">{t('surveys.anonymous')}</p>
      {survey.state === 'open' && <SurveyForm survey={survey} onAnswered={() => void refetch()} />}
      {survey.state === 'answered' && (
        <>
          <div className="kern-alert kern-alert--success" role="status" data-testid="survey-thanks">
            <div className="kern-alert__header">
              <span className="kern-title">{t('surveys.thanks')}</span>
            </div>
          </div>
          {survey.resultsVisibleToParticipants && <ParticipantResults surveyId={survey.id} />}
        </>
      )}
      {survey.state === 'not_yet_open' && <p className="kern-body">{t('surveys.notYetOpen')}</p>}
      {survey.state === 'closed' && <p className="kern-body">{t('surveys.closed')}</p>}
      <Link to="/surveys" className="kern-link">
        {t('surveys.back')}
      </Link>
    </article>
  );
}
