import { graphql } from './graphql.js';
import type { TestApp } from './test-app.js';

export const STAFF_SURVEY_FIELDS = `id status titleDe introDe translations { language title intro }
  questions { id kind required texts { language text } options { id texts { language text } } scaleMin scaleMax scaleMinLabels { language text } scaleMaxLabels { language text } }
  audience { residents categories districts companies } opensAt closesAt resultsVisibleToParticipants publishedAt closedAt updatedAt participants`;
export const SURVEY_FIELDS = `id title { text language } intro { text language } opensAt closesAt state resultsVisibleToParticipants
  questions { id kind required text { text language } options { id text { text language } } scaleMin scaleMax scaleMinLabel { text language } scaleMaxLabel { text language } }`;
export const RESULTS_FIELDS = `surveyId state minGroupSize respondents district category
  questions { questionId kind text { text language } answered options { optionId text { text language } count meanRank bordaScore } scaleAverage distribution { value count } freeTexts }`;

export const CREATE_SURVEY = `mutation($input: SurveyInput!) { createSurvey(input: $input) { ${STAFF_SURVEY_FIELDS} } }`;
export const UPDATE_SURVEY = `mutation($id: ID!, $input: SurveyInput!) { updateSurvey(id: $id, input: $input) { ${STAFF_SURVEY_FIELDS} } }`;
export const PUBLISH_SURVEY = `mutation($id: ID!) { publishSurvey(id: $id) { ${STAFF_SURVEY_FIELDS} } }`;
export const CLOSE_SURVEY = `mutation($id: ID!) { closeSurvey(id: $id) { ${STAFF_SURVEY_FIELDS} } }`;
export const STAFF_SURVEYS = `query { staffSurveys { ${STAFF_SURVEY_FIELDS} } }`;
export const STAFF_SURVEY = `query($id: ID!) { staffSurvey(id: $id) { ${STAFF_SURVEY_FIELDS} } }`;
export const MY_SURVEYS = `query { mySurveys { ${SURVEY_FIELDS} } }`;
export const SURVEY = `query($id: ID!) { survey(id: $id) { ${SURVEY_FIELDS} } }`;
export const SURVEY_PREVIEW = `query($id: ID!, $language: String!) { surveyPreview(id: $id, language: $language) { ${SURVEY_FIELDS} } }`;
export const ANSWER_SURVEY = `mutation($id: ID!, $answers: [SurveyAnswerInput!]!) { answerSurvey(id: $id, answers: $answers) { id state } }`;
export const SURVEY_RESULTS = `query($id: ID!, $filter: SurveyResultFilterInput) { surveyResults(id: $id, filter: $filter) { ${RESULTS_FIELDS} } }`;
export const SURVEY_RESULTS_CSV = 'query($id: ID!) { surveyResultsCsv(id: $id) }';

const hours = (count: number) => new Date(Date.now() + count * 3600_000).toISOString();
const de = (text: string, en?: string) => [{ language: 'de', text }, ...(en ? [{ language: 'en', text: en }] : [])];

/** A valid survey input with one question of each kind (ids fixed: q-choice, q-multi, q-scale, q-rank, q-free). */
export function surveyInput(overrides: Record<string, unknown> = {}) {
  return {
    titleDe: 'Unter welchen Umständen würden Sie (wieder) nach Bochum ziehen?',
    introDe: 'Ihre Antworten sind anonym.',
    translations: [
      { language: 'en', title: 'Under which circumstances would you move (back) to Bochum?', intro: 'Your answers are anonymous.' },
    ],
    questions: [
      {
        id: 'q-choice',
        kind: 'single_choice',
        required: true,
        texts: de('Wie oft sind Sie in Bochum?', 'How often are you in Bochum?'),
        options: [
          { id: 'often', texts: de('Oft', 'Often') },
          { id: 'rarely', texts: de('Selten', 'Rarely') },
        ],
      },
      {
        id: 'q-multi',
        kind: 'multiple_choice',
        required: true,
        texts: de('Was würde Sie zum Umzug bewegen?', 'What would make you move?'),
        options: [
          { id: 'job', texts: de('Eine Arbeitsstelle', 'A job') },
          { id: 'housing', texts: de('Eine Wohnung', 'A flat') },
          { id: 'family', texts: de('Familie') },
        ],
      },
      {
        id: 'q-scale',
        kind: 'scale',
        required: true,
        texts: de('Wie wahrscheinlich ist ein Umzug?', 'How likely is a move?'),
        scaleMin: 1,
        scaleMax: 5,
        scaleMinLabels: de('unwahrscheinlich', 'unlikely'),
        scaleMaxLabels: de('sehr wahrscheinlich', 'very likely'),
      },
      {
        id: 'q-rank',
        kind: 'ranking',
        required: false,
        texts: de('Ordnen Sie nach Wichtigkeit', 'Order by importance'),
        options: [
          { id: 'culture', texts: de('Kultur', 'Culture') },
          { id: 'nature', texts: de('Natur', 'Nature') },
          { id: 'prices', texts: de('Preise', 'Prices') },
        ],
      },
      { id: 'q-free', kind: 'free_text', required: false, texts: de('Was noch?', 'Anything else?') },
    ],
    audience: { residents: true, categories: [], districts: [], companies: false },
    opensAt: hours(-1),
    closesAt: hours(24 * 7),
    resultsVisibleToParticipants: true,
    ...overrides,
  };
}

/** Answers for surveyInput's questions (`scale` picks the scale value, the rest follows it). */
export function answersFor(scale: number, text?: string) {
  return [
    { questionId: 'q-choice', optionIds: [scale % 2 ? 'often' : 'rarely'] },
    { questionId: 'q-multi', optionIds: scale > 2 ? ['job', 'housing'] : ['family'] },
    { questionId: 'q-scale', value: scale },
    { questionId: 'q-rank', ranking: scale > 3 ? ['nature', 'culture', 'prices'] : ['prices', 'culture', 'nature'] },
    ...(text ? [{ questionId: 'q-free', text }] : []),
  ];
}

/** Creates and publishes a survey as communication staff; returns the staff view. */
export async function publishedSurvey(app: TestApp, staffToken: string, overrides: Record<string, unknown> = {}) {
  const created = await graphql<any>(app, CREATE_SURVEY, { input: surveyInput(overrides) }, { token: staffToken });
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  const published = await graphql<any>(app, PUBLISH_SURVEY, { id: created.data.createSurvey.id }, { token: staffToken });
  if (!published.data) throw new Error(JSON.stringify(published.errors));
  return published.data.publishSurvey;
}

export function answer(app: TestApp, token: string, surveyId: string, answers: unknown[], language = 'en') {
  return graphql<any>(app, ANSWER_SURVEY, { id: surveyId, answers }, { token, language });
}
