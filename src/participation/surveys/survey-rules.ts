import { randomUUID } from 'node:crypto';
import type { FieldError } from '../../common/errors/domain.exception.js';
import { AUTHORITATIVE_LANGUAGE, LANGUAGE_CODES } from '../../../packages/shared/src/languages.js';
import type { StoredAnswer, StoredAnswers, SurveyQuestion, SurveyTranslation, Texts } from './survey-definition.js';
import { SurveyQuestionKind } from './survey-enums.js';
import { SURVEY_LIMITS, type SurveyAnswerInput, type SurveyInput, type SurveyTextInput } from './surveys.inputs.js';
import { surveyField } from './surveys.exception.js';

/** A text and the language it is really in (German when the reader's language has no translation). */
export interface LocalizedText {
  text: string;
  language: string;
}

/** The reader's text, or the German one (said so, for a visible fallback). */
export function localize(texts: Texts, language: string): LocalizedText {
  const translated = texts[language]?.trim();
  if (language !== AUTHORITATIVE_LANGUAGE && translated) return { text: texts[language]!, language };
  return { text: texts[AUTHORITATIVE_LANGUAGE] ?? '', language: AUTHORITATIVE_LANGUAGE };
}

export function surveyTitle(survey: { titleDe: string; translations: Record<string, SurveyTranslation> }, language: string): LocalizedText {
  return localize({ de: survey.titleDe, ...mapValues(survey.translations, (t) => t.title) }, language);
}

export function surveyIntro(survey: { introDe: string; translations: Record<string, SurveyTranslation> }, language: string): LocalizedText {
  return localize({ de: survey.introDe, ...mapValues(survey.translations, (t) => t.intro) }, language);
}

function mapValues<T>(record: Record<string, T>, f: (value: T) => string): Texts {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, f(value)]));
}

export interface SurveyDefinition {
  titleDe: string;
  introDe: string;
  translations: Record<string, SurveyTranslation>;
  questions: SurveyQuestion[];
}

const shortId = () => randomUUID().slice(0, 8);

/** Turns staff input into the stored definition, or the field errors that prevent it. */
export function buildDefinition(input: SurveyInput): { definition: SurveyDefinition; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (!input.titleDe.trim()) errors.push(surveyField('titleDe', 'isNotEmpty', 'title_required'));
  if (input.closesAt.getTime() <= input.opensAt.getTime()) errors.push(surveyField('closesAt', 'isAfter', 'period_invalid'));
  if (!input.audience.residents && !input.audience.companies) errors.push(surveyField('audience', 'isNotEmpty', 'audience_empty'));
  if (input.questions.length === 0) errors.push(surveyField('questions', 'arrayMinSize', 'questions_required'));
  const translations: Record<string, SurveyTranslation> = {};
  for (const [index, translation] of input.translations.entries()) {
    if (!isTranslationLanguage(translation.language)) {
      errors.push(surveyField(`translations.${index}.language`, 'isIn', 'language_unknown'));
      continue;
    }
    if (!translation.title.trim() && !translation.intro.trim()) continue;
    translations[translation.language] = { title: translation.title.trim(), intro: translation.intro.trim() };
  }
  const usedQuestionIds = new Set<string>();
  const questions: SurveyQuestion[] = input.questions.map((question, index) => {
    const at = `questions.${index}`;
    let id = question.id ?? shortId();
    if (usedQuestionIds.has(id)) id = shortId();
    usedQuestionIds.add(id);
    const text = texts(question.texts, `${at}.texts`, SURVEY_LIMITS.question, errors, true);
    const withOptions = [SurveyQuestionKind.single_choice, SurveyQuestionKind.multiple_choice, SurveyQuestionKind.ranking].includes(
      question.kind,
    );
    const usedOptionIds = new Set<string>();
    const options = withOptions
      ? question.options.map((option, optionIndex) => {
          let optionId = option.id ?? shortId();
          if (usedOptionIds.has(optionId)) optionId = shortId();
          usedOptionIds.add(optionId);
          return { id: optionId, text: texts(option.texts, `${at}.options.${optionIndex}.texts`, SURVEY_LIMITS.option, errors, true) };
        })
      : [];
    if (withOptions && options.length < 2) errors.push(surveyField(`${at}.options`, 'arrayMinSize', 'options_required'));
    let scale: SurveyQuestion['scale'] = null;
    if (question.kind === SurveyQuestionKind.scale) {
      const min = question.scaleMin ?? 1;
      const max = question.scaleMax ?? 5;
      if (max <= min || max - min > 10) errors.push(surveyField(`${at}.scaleMax`, 'isAfter', 'scale_range'));
      scale = {
        min,
        max,
        minLabel: texts(question.scaleMinLabels, `${at}.scaleMinLabels`, SURVEY_LIMITS.label, errors, false),
        maxLabel: texts(question.scaleMaxLabels, `${at}.scaleMaxLabels`, SURVEY_LIMITS.label, errors, false),
      };
    }
    return { id, kind: question.kind, required: question.required, text, options, scale };
  });
  return {
    definition: { titleDe: input.titleDe.trim(), introDe: input.introDe.trim(), translations, questions },
    errors,
  };
}

function isTranslationLanguage(language: string): boolean {
  return language !== AUTHORITATIVE_LANGUAGE && LANGUAGE_CODES.includes(language);
}

function texts(list: SurveyTextInput[], field: string, max: number, errors: FieldError[], germanRequired: boolean): Texts {
  const result: Texts = {};
  for (const entry of list) {
    if (!LANGUAGE_CODES.includes(entry.language)) {
      errors.push(surveyField(field, 'isIn', 'language_unknown'));
      continue;
    }
    if (entry.text.length > max) errors.push(surveyField(field, 'maxLength', 'text_too_long', { max }));
    if (entry.text.trim()) result[entry.language] = entry.text.trim();
  }
  if (germanRequired && !result[AUTHORITATIVE_LANGUAGE]) errors.push(surveyField(field, 'isNotEmpty', 'german_required'));
  return result;
}

/** Checks one person's answers against the questions; returns what is stored (no person in it). */
export function checkAnswers(questions: SurveyQuestion[], input: SurveyAnswerInput[]): { answers: StoredAnswers; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const answers: StoredAnswers = {};
  const byId = new Map(input.map((answer) => [answer.questionId, answer]));
  if (byId.size !== input.length) errors.push(surveyField('answers', 'unique', 'answer_invalid'));
  for (const answer of input) {
    if (!questions.some((question) => question.id === answer.questionId)) errors.push(surveyField('answers', 'isIn', 'answer_invalid'));
  }
  for (const question of questions) {
    const field = `answers.${question.id}`;
    const given = byId.get(question.id);
    const stored = given ? storedAnswer(question, given) : null;
    if (stored === 'invalid') {
      errors.push(surveyField(field, 'isValid', 'answer_invalid'));
    } else if (stored === null) {
      if (question.required) errors.push(surveyField(field, 'isNotEmpty', 'answer_required'));
    } else {
      answers[question.id] = stored;
    }
  }
  return { answers, errors };
}

function storedAnswer(question: SurveyQuestion, given: SurveyAnswerInput): StoredAnswer | 'invalid' | null {
  const optionIds = new Set(question.options.map((option) => option.id));
  switch (question.kind) {
    case SurveyQuestionKind.single_choice:
      if (given.optionIds.length === 0) return null;
      return given.optionIds.length === 1 && optionIds.has(given.optionIds[0]!) ? { options: [given.optionIds[0]!] } : 'invalid';
    case SurveyQuestionKind.multiple_choice: {
      if (given.optionIds.length === 0) return null;
      const chosen = [...new Set(given.optionIds)];
      return chosen.length === given.optionIds.length && chosen.every((id) => optionIds.has(id)) ? { options: chosen.sort() } : 'invalid';
    }
    case SurveyQuestionKind.scale: {
      if (given.value === null || given.value === undefined) return null;
      const { min, max } = question.scale!;
      return given.value >= min && given.value <= max ? { value: given.value } : 'invalid';
    }
    case SurveyQuestionKind.ranking: {
      if (given.ranking.length === 0) return null;
      const ranked = new Set(given.ranking);
      return ranked.size === optionIds.size && given.ranking.length === optionIds.size && [...ranked].every((id) => optionIds.has(id))
        ? { ranking: [...given.ranking] }
        : 'invalid';
    }
    case SurveyQuestionKind.free_text: {
      const text = given.text?.trim() ?? '';
      if (!text) return null;
      return text.length <= SURVEY_LIMITS.freeText ? { text } : 'invalid';
    }
  }
}
