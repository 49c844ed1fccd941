import type { SurveyQuestionKind } from './survey-enums.js';

/** Language code → text; `de` is always there (German is authoritative). */
export type Texts = Record<string, string>;

export interface SurveyOption {
  id: string;
  text: Texts;
}

export interface SurveyQuestion {
  id: string;
  kind: SurveyQuestionKind;
  required: boolean;
  text: Texts;
  /** single_choice, multiple_choice, ranking. */
  options: SurveyOption[];
  /** scale only. */
  scale: { min: number; max: number; minLabel: Texts; maxLabel: Texts } | null;
}

/** A survey's texts in one language other than German. */
export interface SurveyTranslation {
  title: string;
  intro: string;
}

/** One person's answer to one question, as stored in a response (never with who gave it). */
export interface StoredAnswer {
  options?: string[];
  value?: number;
  text?: string;
  ranking?: string[];
}

export type StoredAnswers = Record<string, StoredAnswer>;
