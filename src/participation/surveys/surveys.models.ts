import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { District } from '../../addresses/index.js';
import { ResidencyCategory } from '../../residency/index.js';
import { AudienceModel } from '../audience/audience.js';
import type { SurveyQuestion, Texts } from './survey-definition.js';
import { SurveyParticipantState, SurveyQuestionKind, SurveyResultState, SurveyStatus } from './survey-enums.js';
import type { GroupResult } from './survey-results.js';
import { localize, surveyIntro, surveyTitle, type LocalizedText } from './survey-rules.js';
import type { Survey } from './survey.entities.js';

@ObjectType('SurveyText', { description: 'A text and the language it is in (German when there is no translation for the reader).' })
export class SurveyTextModel implements LocalizedText {
  @Field()
  language: string;

  @Field()
  text: string;
}

const entries = (texts: Texts): SurveyTextModel[] => Object.entries(texts).map(([language, text]) => ({ language, text }));

@ObjectType('SurveyOption')
export class SurveyOptionModel {
  @Field(() => String)
  id: string;

  @Field(() => SurveyTextModel)
  text: SurveyTextModel;
}

@ObjectType('SurveyQuestion', { description: 'A question in the reader’s language.' })
export class SurveyQuestionModel {
  @Field(() => String)
  id: string;

  @Field(() => SurveyQuestionKind)
  kind: SurveyQuestionKind;

  @Field()
  required: boolean;

  @Field(() => SurveyTextModel)
  text: SurveyTextModel;

  @Field(() => [SurveyOptionModel])
  options: SurveyOptionModel[];

  @Field(() => Int, { nullable: true })
  scaleMin: number | null;

  @Field(() => Int, { nullable: true })
  scaleMax: number | null;

  @Field(() => SurveyTextModel, { nullable: true })
  scaleMinLabel: SurveyTextModel | null;

  @Field(() => SurveyTextModel, { nullable: true })
  scaleMaxLabel: SurveyTextModel | null;

  static from(question: SurveyQuestion, language: string): SurveyQuestionModel {
    const label = (texts: Texts | undefined) => (texts && Object.keys(texts).length ? localize(texts, language) : null);
    return {
      id: question.id,
      kind: question.kind,
      required: question.required,
      text: localize(question.text, language),
      options: question.options.map((option) => ({ id: option.id, text: localize(option.text, language) })),
      scaleMin: question.scale?.min ?? null,
      scaleMax: question.scale?.max ?? null,
      scaleMinLabel: label(question.scale?.minLabel),
      scaleMaxLabel: label(question.scale?.maxLabel),
    };
  }
}

@ObjectType('Survey', { description: 'A survey as a participant sees it, in their language.' })
export class SurveyModel {
  @Field(() => ID)
  id: string;

  @Field(() => SurveyTextModel)
  title: SurveyTextModel;

  @Field(() => SurveyTextModel)
  intro: SurveyTextModel;

  @Field()
  opensAt: Date;

  @Field()
  closesAt: Date;

  @Field(() => SurveyParticipantState)
  state: SurveyParticipantState;

  @Field({ description: 'Whether participants see the results after answering.' })
  resultsVisibleToParticipants: boolean;

  @Field(() => [SurveyQuestionModel])
  questions: SurveyQuestionModel[];

  static from(survey: Survey, language: string, state: SurveyParticipantState): SurveyModel {
    return {
      id: survey.id,
      title: surveyTitle(survey, language),
      intro: surveyIntro(survey, language),
      opensAt: survey.opensAt,
      closesAt: survey.closesAt,
      state,
      resultsVisibleToParticipants: survey.resultsVisibleToParticipants,
      questions: survey.questions.map((question) => SurveyQuestionModel.from(question, language)),
    };
  }
}

@ObjectType('SurveyTranslation')
export class SurveyTranslationModel {
  @Field()
  language: string;

  @Field()
  title: string;

  @Field()
  intro: string;
}

@ObjectType('StaffSurveyOption')
export class StaffSurveyOptionModel {
  @Field(() => String)
  id: string;

  @Field(() => [SurveyTextModel])
  texts: SurveyTextModel[];
}

@ObjectType('StaffSurveyQuestion', { description: 'A question with all its translations (for the editor).' })
export class StaffSurveyQuestionModel {
  @Field(() => String)
  id: string;

  @Field(() => SurveyQuestionKind)
  kind: SurveyQuestionKind;

  @Field()
  required: boolean;

  @Field(() => [SurveyTextModel])
  texts: SurveyTextModel[];

  @Field(() => [StaffSurveyOptionModel])
  options: StaffSurveyOptionModel[];

  @Field(() => Int, { nullable: true })
  scaleMin: number | null;

  @Field(() => Int, { nullable: true })
  scaleMax: number | null;

  @Field(() => [SurveyTextModel])
  scaleMinLabels: SurveyTextModel[];

  @Field(() => [SurveyTextModel])
  scaleMaxLabels: SurveyTextModel[];
}

@ObjectType('StaffSurvey', { description: 'A survey as communication staff edit it.' })
export class StaffSurveyModel {
  @Field(() => ID)
  id: string;

  @Field(() => SurveyStatus)
  status: SurveyStatus;

  @Field()
  titleDe: string;

  @Field()
  introDe: string;

  @Field(() => [SurveyTranslationModel])
  translations: SurveyTranslationModel[];

  @Field(() => [StaffSurveyQuestionModel])
  questions: StaffSurveyQuestionModel[];

  @Field(() => AudienceModel)
  audience: AudienceModel;

  @Field()
  opensAt: Date;

  @Field()
  closesAt: Date;

  @Field()
  resultsVisibleToParticipants: boolean;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field()
  updatedAt: Date;

  @Field(() => Int, { description: 'How many people took part (who they are is not shown here).' })
  participants: number;

  static from(survey: Survey, participants: number): StaffSurveyModel {
    return {
      id: survey.id,
      status: survey.status,
      titleDe: survey.titleDe,
      introDe: survey.introDe,
      translations: Object.entries(survey.translations).map(([language, { title, intro }]) => ({ language, title, intro })),
      questions: survey.questions.map((question) => ({
        id: question.id,
        kind: question.kind,
        required: question.required,
        texts: entries(question.text),
        options: question.options.map((option) => ({ id: option.id, texts: entries(option.text) })),
        scaleMin: question.scale?.min ?? null,
        scaleMax: question.scale?.max ?? null,
        scaleMinLabels: entries(question.scale?.minLabel ?? {}),
        scaleMaxLabels: entries(question.scale?.maxLabel ?? {}),
      })),
      audience: survey.audience,
      opensAt: survey.opensAt,
      closesAt: survey.closesAt,
      resultsVisibleToParticipants: survey.resultsVisibleToParticipants,
      publishedAt: survey.publishedAt,
      closedAt: survey.closedAt,
      updatedAt: survey.updatedAt,
      participants,
    };
  }
}

@ObjectType('SurveyOptionResult')
export class SurveyOptionResultModel {
  @Field(() => String)
  optionId: string;

  @Field(() => SurveyTextModel)
  text: SurveyTextModel;

  @Field(() => Int)
  count: number;

  @Field(() => Float, { nullable: true, description: 'ranking: the mean position (1 = first).' })
  meanRank: number | null;

  @Field(() => Int, { nullable: true, description: 'ranking: Borda points (m − 1 for a first place … 0 for the last).' })
  bordaScore: number | null;
}

@ObjectType('SurveyScaleCount')
export class SurveyScaleCountModel {
  @Field(() => Int)
  value: number;

  @Field(() => Int)
  count: number;
}

@ObjectType('SurveyQuestionResult')
export class SurveyQuestionResultModel {
  @Field(() => String)
  questionId: string;

  @Field(() => SurveyQuestionKind)
  kind: SurveyQuestionKind;

  @Field(() => SurveyTextModel)
  text: SurveyTextModel;

  @Field(() => Int)
  answered: number;

  @Field(() => [SurveyOptionResultModel])
  options: SurveyOptionResultModel[];

  @Field(() => Float, { nullable: true })
  scaleAverage: number | null;

  @Field(() => [SurveyScaleCountModel])
  distribution: SurveyScaleCountModel[];

  @Field(() => [String], { description: 'Free-text answers, staff only, in random order.' })
  freeTexts: string[];
}

@ObjectType('SurveyResults', {
  description: 'Aggregates of one group. too_few_answers: the group (or its difference to a larger group) has fewer than k answers.',
})
export class SurveyResultsModel {
  @Field(() => ID)
  surveyId: string;

  @Field(() => SurveyTextModel)
  title: SurveyTextModel;

  @Field(() => SurveyResultState)
  state: SurveyResultState;

  @Field(() => Int, { description: 'k: the smallest group that is shown.' })
  minGroupSize: number;

  @Field(() => Int, { nullable: true })
  respondents: number | null;

  @Field(() => District, { nullable: true })
  district: District | null;

  @Field(() => ResidencyCategory, { nullable: true })
  category: ResidencyCategory | null;

  @Field(() => [SurveyQuestionResultModel])
  questions: SurveyQuestionResultModel[];

  static from(
    survey: Survey,
    language: string,
    result: GroupResult,
    k: number,
    filter: { district: District | null; category: ResidencyCategory | null },
  ): SurveyResultsModel {
    const questions = new Map(survey.questions.map((question) => [question.id, question]));
    return {
      surveyId: survey.id,
      title: surveyTitle(survey, language),
      state: result.state,
      minGroupSize: k,
      respondents: result.state === SurveyResultState.available ? result.respondents : null,
      district: filter.district,
      category: filter.category,
      questions: result.questions.map((question) => {
        const definition = questions.get(question.questionId)!;
        const options = new Map(definition.options.map((option) => [option.id, option]));
        return {
          ...question,
          text: localize(definition.text, language),
          options: question.options.map((option) => ({ ...option, text: localize(options.get(option.optionId)!.text, language) })),
        };
      }),
    };
  }
}
