import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { LANGUAGE_CODES } from '../../../../packages/shared/src/languages.js';
import { toAppError } from '../../api/appError';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { useFormSubmission } from '../../forms/useFormSubmission';
import type { District, ResidencyCategory, SurveyQuestionKind } from '../../gql/graphql';
import { languageNameIn } from '../../i18n/languageNames';
import { usePageTitle } from '../../i18n/usePageTitle';
import { CREATE_SURVEY, STAFF_SURVEY, SURVEY_PREVIEW, UPDATE_SURVEY, type StaffSurvey, type SurveyInput } from './operations';
import { SurveyForm } from './SurveyPage';

type Texts = Record<string, string>;
interface QuestionState {
  id?: string;
  kind: SurveyQuestionKind;
  required: boolean;
  texts: Texts;
  options: { id?: string; texts: Texts }[];
  scaleMin: number;
  scaleMax: number;
  minLabels: Texts;
  maxLabels: Texts;
}

const KINDS: SurveyQuestionKind[] = ['single_choice', 'multiple_choice', 'scale', 'ranking', 'free_text'];
const CATEGORIES: ResidencyCategory[] = ['student', 'commuter', 'second_home', 'former_resident'];
const DISTRICTS: District[] = ['bochum', 'wattenscheid'];
const TRANSLATION_LANGUAGES = LANGUAGE_CODES.filter((code) => code !== 'de');
const withOptions = (kind: SurveyQuestionKind) => kind === 'single_choice' || kind === 'multiple_choice' || kind === 'ranking';

const toTexts = (list: { language: string; text: string }[]): Texts =>
  Object.fromEntries(list.map((entry) => [entry.language, entry.text]));
const toList = (texts: Texts) => Object.entries(texts).map(([language, text]) => ({ language, text }));

function localInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function questionsOf(survey?: StaffSurvey): QuestionState[] {
  return (survey?.questions ?? []).map((question) => ({
    id: question.id,
    kind: question.kind,
    required: question.required,
    texts: toTexts(question.texts),
    options: question.options.map((option) => ({ id: option.id, texts: toTexts(option.texts) })),
    scaleMin: question.scaleMin ?? 1,
    scaleMax: question.scaleMax ?? 5,
    minLabels: toTexts(question.scaleMinLabels),
    maxLabels: toTexts(question.scaleMaxLabels),
  }));
}

/** A German text and, when a translation language is chosen, its translation beside it. */
function TextPair({
  id,
  label,
  texts,
  language,
  onChange,
}: {
  id: string;
  label: string;
  texts: Texts;
  language: string;
  onChange: (texts: Texts) => void;
}) {
  const { i18n } = useTranslation();
  return (
    <div className="button-row">
      <div className="kern-form-input">
        <label className="kern-label" htmlFor={`${id}-de`}>
          {label} ({languageNameIn('de', i18n.language)})
        </label>
        <input
          id={`${id}-de`}
          className="kern-form-input__input"
          value={texts.de ?? ''}
          onChange={(event) => onChange({ ...texts, de: event.target.value })}
        />
      </div>
      {language && (
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`${id}-${language}`}>
            {label} ({languageNameIn(language, i18n.language)})
          </label>
          <input
            id={`${id}-${language}`}
            lang={language}
            className="kern-form-input__input"
            value={texts[language] ?? ''}
            onChange={(event) => onChange({ ...texts, [language]: event.target.value })}
          />
        </div>
      )}
    </div>
  );
}

function Preview({ id }: { id: string }) {
  const { t, i18n } = useTranslation('participation');
  const [language, setLanguage] = useState('de');
  const { data, error } = useQuery(SURVEY_PREVIEW, { variables: { id, language }, fetchPolicy: 'network-only' });
  return (
    <section className="stack" aria-labelledby="survey-preview">
      <h2 id="survey-preview" className="kern-heading-large">
        {t('surveys.staff.preview')}
      </h2>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="preview-language">
          {t('surveys.staff.previewLanguage')}
        </label>
        <select
          id="preview-language"
          className="kern-form-input__select"
          value={language}
          onChange={(event) => setLanguage(event.target.value)}
        >
          {LANGUAGE_CODES.map((code) => (
            <option key={code} value={code}>
              {languageNameIn(code, i18n.language)}
            </option>
          ))}
        </select>
      </div>
      {error && <ErrorAlert error={toAppError(error)} formFields={[]} />}
      {data && (
        <div className="kern-card kern-card--surface" data-testid="survey-preview-card">
          <div className="kern-card__container stack">
            <h3 className="kern-heading-medium">{data.surveyPreview.title.text}</h3>
            <SurveyForm key={language} survey={data.surveyPreview} preview />
          </div>
        </div>
      )}
    </section>
  );
}

function Editor({ survey }: { survey?: StaffSurvey }) {
  const { t, i18n } = useTranslation('participation');
  const navigate = useNavigate();
  const submission = useFormSubmission();
  const [create] = useMutation(CREATE_SURVEY);
  const [update] = useMutation(UPDATE_SURVEY);
  const [language, setLanguage] = useState('en');
  const [title, setTitle] = useState<Texts>({
    de: survey?.titleDe ?? '',
    ...Object.fromEntries((survey?.translations ?? []).map((entry) => [entry.language, entry.title])),
  });
  const [intro, setIntro] = useState<Texts>({
    de: survey?.introDe ?? '',
    ...Object.fromEntries((survey?.translations ?? []).map((entry) => [entry.language, entry.intro])),
  });
  const [questions, setQuestions] = useState<QuestionState[]>(questionsOf(survey));
  const [residents, setResidents] = useState(survey?.audience.residents ?? true);
  const [companies, setCompanies] = useState(survey?.audience.companies ?? false);
  const [categories, setCategories] = useState<ResidencyCategory[]>(survey?.audience.categories ?? []);
  const [districts, setDistricts] = useState<District[]>(survey?.audience.districts ?? []);
  const [opensAt, setOpensAt] = useState(localInput(survey?.opensAt ?? new Date().toISOString()));
  const [closesAt, setClosesAt] = useState(localInput(survey?.closesAt ?? new Date(Date.now() + 14 * 86_400_000).toISOString()));
  const [resultsVisible, setResultsVisible] = useState(survey?.resultsVisibleToParticipants ?? false);
  const editable = !survey || survey.status === 'draft';

  const setQuestion = (index: number, change: Partial<QuestionState>) =>
    setQuestions(questions.map((question, i) => (i === index ? { ...question, ...change } : question)));
  const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((other) => other !== value) : [...list, value]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const translations = TRANSLATION_LANGUAGES.filter((code) => title[code]?.trim() || intro[code]?.trim()).map((code) => ({
      language: code,
      title: title[code] ?? '',
      intro: intro[code] ?? '',
    }));
    const input: SurveyInput = {
      titleDe: title.de ?? '',
      introDe: intro.de ?? '',
      translations,
      questions: questions.map((question) => ({
        id: question.id ?? null,
        kind: question.kind,
        required: question.required,
        texts: toList(question.texts),
        options: withOptions(question.kind)
          ? question.options.map((option) => ({ id: option.id ?? null, texts: toList(option.texts) }))
          : [],
        scaleMin: question.kind === 'scale' ? question.scaleMin : null,
        scaleMax: question.kind === 'scale' ? question.scaleMax : null,
        scaleMinLabels: question.kind === 'scale' ? toList(question.minLabels) : [],
        scaleMaxLabels: question.kind === 'scale' ? toList(question.maxLabels) : [],
      })),
      audience: { residents, companies, categories, districts },
      opensAt: new Date(opensAt).toISOString(),
      closesAt: new Date(closesAt).toISOString(),
      resultsVisibleToParticipants: resultsVisible,
    };
    void submission.run(async () => {
      if (survey) {
        await update({ variables: { id: survey.id, input } });
      } else {
        const result = await create({ variables: { input } });
        await navigate(`/staff/participation/surveys/${result.data!.createSurvey.id}`);
      }
    });
  };

  return (
    <form className="stack-large" onSubmit={submit} noValidate data-testid="survey-editor">
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="translation-language">
          {t('surveys.staff.translationLanguage')}
        </label>
        <select
          id="translation-language"
          className="kern-form-input__select"
          value={language}
          onChange={(event) => setLanguage(event.target.value)}
        >
          <option value="">{t('surveys.staff.noTranslation')}</option>
          {TRANSLATION_LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {languageNameIn(code, i18n.language)}
            </option>
          ))}
        </select>
      </div>
      <TextPair id="survey-title" label={t('surveys.staff.surveyTitle')} texts={title} language={language} onChange={setTitle} />
      <TextPair id="survey-intro" label={t('surveys.staff.surveyIntro')} texts={intro} language={language} onChange={setIntro} />
      <section className="stack" aria-labelledby="questions-heading">
        <h2 id="questions-heading" className="kern-heading-large">
          {t('surveys.staff.questions')}
        </h2>
        {questions.map((question, index) => (
          <fieldset key={index} className="kern-fieldset kern-card kern-card--surface" data-testid="question-editor">
            <legend className="kern-label">{t('surveys.staff.questionNumber', { number: index + 1 })}</legend>
            <div className="kern-form-input">
              <label className="kern-label" htmlFor={`question-${index}-kind`}>
                {t('surveys.staff.kind')}
              </label>
              <select
                id={`question-${index}-kind`}
                className="kern-form-input__select"
                value={question.kind}
                onChange={(event) => setQuestion(index, { kind: event.target.value as SurveyQuestionKind })}
              >
                {KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`surveys.kinds.${kind}`)}
                  </option>
                ))}
              </select>
            </div>
            <TextPair
              id={`question-${index}-text`}
              label={t('surveys.staff.questionText')}
              texts={question.texts}
              language={language}
              onChange={(texts) => setQuestion(index, { texts })}
            />
            <div className="kern-form-check">
              <input
                className="kern-form-check__checkbox"
                type="checkbox"
                id={`question-${index}-required`}
                checked={question.required}
                onChange={(event) => setQuestion(index, { required: event.target.checked })}
              />
              <label className="kern-label" htmlFor={`question-${index}-required`}>
                {t('surveys.staff.required')}
              </label>
            </div>
            {withOptions(question.kind) && (
              <div className="stack">
                {question.options.map((option, optionIndex) => (
                  <div key={optionIndex} className="button-row">
                    <TextPair
                      id={`question-${index}-option-${optionIndex}`}
                      label={t('surveys.staff.option', { number: optionIndex + 1 })}
                      texts={option.texts}
                      language={language}
                      onChange={(texts) =>
                        setQuestion(index, {
                          options: question.options.map((other, i) => (i === optionIndex ? { ...other, texts } : other)),
                        })
                      }
                    />
                    <button
                      type="button"
                      className="kern-btn kern-btn--tertiary"
                      onClick={() => setQuestion(index, { options: question.options.filter((_, i) => i !== optionIndex) })}
                    >
                      <span className="kern-label">{t('surveys.staff.removeOption', { number: optionIndex + 1 })}</span>
                    </button>
                  </div>
                ))}
                <button
                  type="button"
                  className="kern-btn kern-btn--secondary"
                  onClick={() => setQuestion(index, { options: [...question.options, { texts: {} }] })}
                >
                  <span className="kern-label">{t('surveys.staff.addOption')}</span>
                </button>
              </div>
            )}
            {question.kind === 'scale' && (
              <div className="stack">
                <div className="button-row">
                  {(['scaleMin', 'scaleMax'] as const).map((field) => (
                    <div key={field} className="kern-form-input">
                      <label className="kern-label" htmlFor={`question-${index}-${field}`}>
                        {t(`surveys.staff.${field}`)}
                      </label>
                      <input
                        id={`question-${index}-${field}`}
                        type="number"
                        min={0}
                        max={10}
                        className="kern-form-input__input"
                        value={question[field]}
                        onChange={(event) => setQuestion(index, { [field]: Number(event.target.value) })}
                      />
                    </div>
                  ))}
                </div>
                <TextPair
                  id={`question-${index}-min-label`}
                  label={t('surveys.staff.minLabel')}
                  texts={question.minLabels}
                  language={language}
                  onChange={(minLabels) => setQuestion(index, { minLabels })}
                />
                <TextPair
                  id={`question-${index}-max-label`}
                  label={t('surveys.staff.maxLabel')}
                  texts={question.maxLabels}
                  language={language}
                  onChange={(maxLabels) => setQuestion(index, { maxLabels })}
                />
              </div>
            )}
            <button
              type="button"
              className="kern-btn kern-btn--tertiary"
              onClick={() => setQuestions(questions.filter((_, i) => i !== index))}
            >
              <span className="kern-label">{t('surveys.staff.removeQuestion', { number: index + 1 })}</span>
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          data-testid="add-question"
          onClick={() =>
            setQuestions([
              ...questions,
              {
                kind: 'single_choice',
                required: true,
                texts: {},
                options: [{ texts: {} }, { texts: {} }],
                scaleMin: 1,
                scaleMax: 5,
                minLabels: {},
                maxLabels: {},
              },
            ])
          }
        >
          <span className="kern-label">{t('surveys.staff.addQuestion')}</span>
        </button>
      </section>
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('surveys.staff.audience')}</legend>
        <div className="kern-fieldset__body">
          {[
            { id: 'audience-residents', label: t('surveys.staff.residents'), checked: residents, change: () => setResidents(!residents) },
            { id: 'audience-companies', label: t('surveys.staff.companies'), checked: companies, change: () => setCompanies(!companies) },
            ...CATEGORIES.map((category) => ({
              id: `audience-category-${category}`,
              label: t(`surveys.categories.${category}`),
              checked: categories.includes(category),
              change: () => setCategories(toggle(categories, category)),
            })),
            ...DISTRICTS.map((district) => ({
              id: `audience-district-${district}`,
              label: t(`surveys.districts.${district}`),
              checked: districts.includes(district),
              change: () => setDistricts(toggle(districts, district)),
            })),
          ].map((box) => (
            <div key={box.id} className="kern-form-check">
              <input className="kern-form-check__checkbox" type="checkbox" id={box.id} checked={box.checked} onChange={box.change} />
              <label className="kern-label" htmlFor={box.id}>
                {box.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="button-row">
        {(
          [
            ['opens-at', t('surveys.staff.opensAt'), opensAt, setOpensAt],
            ['closes-at', t('surveys.staff.closesAt'), closesAt, setClosesAt],
          ] as const
        ).map(([id, label, value, set]) => (
          <div key={id} className="kern-form-input">
            <label className="kern-label" htmlFor={id}>
              {label}
            </label>
            <input
              id={id}
              type="datetime-local"
              className="kern-form-input__input"
              value={value}
              onChange={(event) => set(event.target.value)}
            />
          </div>
        ))}
      </div>
      <div className="kern-form-check">
        <input
          className="kern-form-check__checkbox"
          type="checkbox"
          id="results-visible"
          checked={resultsVisible}
          onChange={(event) => setResultsVisible(event.target.checked)}
        />
        <label className="kern-label" htmlFor="results-visible">
          {t('surveys.staff.resultsVisible')}
        </label>
      </div>
      {submission.error && <ErrorAlert error={submission.error} formFields={[]} />}
      {editable ? (
        <button type="submit" className="kern-btn kern-btn--primary" disabled={submission.busy} data-testid="save-survey">
          <span className="kern-label">{t('surveys.staff.save')}</span>
        </button>
      ) : (
        <p className="kern-body">{t('surveys.staff.notEditable')}</p>
      )}
    </form>
  );
}

/** Communication staff: a new survey. */
export function StaffNewSurveyPage() {
  const { t } = useTranslation('participation');
  usePageTitle(t('surveys.staff.new'));
  return (
    <div className="stack-large">
      <h1 className="kern-heading-x-large">{t('surveys.staff.new')}</h1>
      <Editor />
    </div>
  );
}

/** Communication staff: edit a draft (question builder, translations), preview it in every language. */
export function StaffSurveyEditorPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('participation');
  const { data, loading, error } = useQuery(STAFF_SURVEY, { variables: { id }, fetchPolicy: 'network-only' });
  usePageTitle(data?.staffSurvey.titleDe ?? t('surveys.staff.title'));
  if (error) return <ErrorAlert error={toAppError(error)} formFields={[]} />;
  if (loading || !data) return <LoadingIndicator />;
  return (
    <div className="stack-large" data-testid="staff-survey-page">
      <h1 className="kern-heading-x-large">{data.staffSurvey.titleDe}</h1>
      <p className="kern-body">{t(`surveys.staff.status.${data.staffSurvey.status}`)}</p>
      <Editor key={data.staffSurvey.updatedAt} survey={data.staffSurvey} />
      <Preview id={id} />
      <Link to="/staff/participation/surveys" className="kern-link">
        {t('surveys.staff.back')}
      </Link>
    </div>
  );
}
