import { randomInt } from 'node:crypto';
import type { StoredAnswers, SurveyQuestion } from './survey-definition.js';
import { SurveyQuestionKind, SurveyResultState } from './survey-enums.js';

/** What a response row offers the results: coarse attributes and the answers, nothing else. */
export interface ResponseRow {
  district: string | null;
  categories: string[];
  answers: StoredAnswers;
}

export interface ResultFilter {
  district?: string | null;
  category?: string | null;
}

export function matches(row: ResponseRow, filter: ResultFilter): boolean {
  if (filter.district && row.district !== filter.district) return false;
  if (filter.category && !row.categories.includes(filter.category)) return false;
  return true;
}

/**
 * The k rule. A group is shown only when it has at least k responses and, for every larger group a
 * reader can also ask for and that contains it (everyone; the same district alone; the same category
 * alone), the difference is either empty or at least k as well — otherwise subtracting the group from
 * the larger one would show the answers of fewer than k people.
 */
export function groupIsShown(rows: readonly ResponseRow[], filter: ResultFilter, k: number): boolean {
  const size = rows.filter((row) => matches(row, filter)).length;
  if (size < k) return false;
  const supersets: ResultFilter[] = [{}];
  if (filter.district && filter.category) supersets.push({ district: filter.district }, { category: filter.category });
  if (!filter.district && !filter.category) return true;
  return supersets.every((superset) => {
    const difference = rows.filter((row) => matches(row, superset)).length - size;
    return difference === 0 || difference >= k;
  });
}

export interface OptionResult {
  optionId: string;
  count: number;
  meanRank: number | null;
  bordaScore: number | null;
}

export interface QuestionResult {
  questionId: string;
  kind: SurveyQuestionKind;
  answered: number;
  options: OptionResult[];
  scaleAverage: number | null;
  distribution: { value: number; count: number }[];
  freeTexts: string[];
}

export interface GroupResult {
  state: SurveyResultState;
  respondents: number | null;
  questions: QuestionResult[];
}

/** The aggregates of one group (free texts only when asked for, shuffled). Withheld groups carry nothing. */
export function aggregate(
  questions: readonly SurveyQuestion[],
  rows: readonly ResponseRow[],
  filter: ResultFilter,
  k: number,
  withFreeTexts: boolean,
): GroupResult {
  if (!groupIsShown(rows, filter, k)) return { state: SurveyResultState.too_few_answers, respondents: null, questions: [] };
  const group = rows.filter((row) => matches(row, filter));
  return {
    state: SurveyResultState.available,
    respondents: group.length,
    questions: questions.map((question) => aggregateQuestion(question, group, withFreeTexts)),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function aggregateQuestion(question: SurveyQuestion, group: readonly ResponseRow[], withFreeTexts: boolean): QuestionResult {
  const answers = group.map((row) => row.answers[question.id]).filter((answer) => answer !== undefined);
  const result: QuestionResult = {
    questionId: question.id,
    kind: question.kind,
    answered: answers.length,
    options: [],
    scaleAverage: null,
    distribution: [],
    freeTexts: [],
  };
  switch (question.kind) {
    case SurveyQuestionKind.single_choice:
    case SurveyQuestionKind.multiple_choice:
      result.options = question.options.map((option) => ({
        optionId: option.id,
        count: answers.filter((answer) => answer.options?.includes(option.id)).length,
        meanRank: null,
        bordaScore: null,
      }));
      break;
    case SurveyQuestionKind.ranking: {
      const m = question.options.length;
      result.options = question.options.map((option) => {
        const positions = answers.map((answer) => answer.ranking?.indexOf(option.id) ?? -1).filter((position) => position >= 0);
        return {
          optionId: option.id,
          count: positions.length,
          meanRank: positions.length ? round(positions.reduce((sum, position) => sum + position + 1, 0) / positions.length) : null,
          bordaScore: positions.reduce((sum, position) => sum + (m - 1 - position), 0),
        };
      });
      break;
    }
    case SurveyQuestionKind.scale: {
      const values = answers.map((answer) => answer.value).filter((value): value is number => typeof value === 'number');
      const { min, max } = question.scale!;
      result.scaleAverage = values.length ? round(values.reduce((sum, value) => sum + value, 0) / values.length) : null;
      for (let value = min; value <= max; value++) result.distribution.push({ value, count: values.filter((v) => v === value).length });
      break;
    }
    case SurveyQuestionKind.free_text:
      if (withFreeTexts) result.freeTexts = shuffle(answers.map((answer) => answer.text ?? '').filter(Boolean));
      break;
  }
  return result;
}

/** Fisher–Yates with a cryptographic source: the order says nothing about when an answer came. */
export function shuffle<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

export { csvCell } from '../../common/files/csv.js';
