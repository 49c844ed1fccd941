import { registerEnumType } from '@nestjs/graphql';

export enum SurveyStatus {
  draft = 'draft',
  published = 'published',
  closed = 'closed',
}

export enum SurveyQuestionKind {
  single_choice = 'single_choice',
  multiple_choice = 'multiple_choice',
  scale = 'scale',
  ranking = 'ranking',
  free_text = 'free_text',
}

/** Where a person stands with a survey (for their own list). */
export enum SurveyParticipantState {
  open = 'open',
  answered = 'answered',
  not_yet_open = 'not_yet_open',
  closed = 'closed',
}

/** A result group either has enough answers to be shown, or it is withheld (never zeros). */
export enum SurveyResultState {
  available = 'available',
  too_few_answers = 'too_few_answers',
}

registerEnumType(SurveyStatus, { name: 'SurveyStatus' });
registerEnumType(SurveyQuestionKind, { name: 'SurveyQuestionKind' });
registerEnumType(SurveyParticipantState, { name: 'SurveyParticipantState' });
registerEnumType(SurveyResultState, { name: 'SurveyResultState' });
