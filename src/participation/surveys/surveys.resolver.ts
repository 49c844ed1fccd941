import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators.js';
import type { Actor } from '../../common/auth/actor.js';
import { LANGUAGE_CODES } from '../../../packages/shared/src/languages.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { SurveyResultsService } from './survey-results.service.js';
import { SurveyAnswerInput, SurveyInput, SurveyResultFilterInput } from './surveys.inputs.js';
import { StaffSurveyModel, SurveyModel, SurveyResultsModel } from './surveys.models.js';
import { SurveysService } from './surveys.service.js';
import { SurveyParticipantState } from './survey-enums.js';
import { surveyField } from './surveys.exception.js';

/** Surveys for participants and communication staff. Access is decided in the services. */
@Resolver()
export class SurveysResolver {
  constructor(
    private readonly surveys: SurveysService,
    private readonly results: SurveyResultsService,
  ) {}

  @Query(() => [SurveyModel], { description: 'Surveys open to me now, and the ones I answered.' })
  @Authenticated()
  async mySurveys(@CurrentActor() actor: Actor) {
    return (await this.surveys.mySurveys(actor)).map(({ survey, state }) => SurveyModel.from(survey, actor.language, state));
  }

  @Query(() => SurveyModel, { description: 'One survey in my language (NOT_FOUND outside its audience).' })
  @Authenticated()
  async survey(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    const { survey, state } = await this.surveys.participantSurvey(actor, id);
    return SurveyModel.from(survey, actor.language, state);
  }

  @Mutation(() => SurveyModel, { description: 'Answers a survey, once. Who answered is stored apart from what was answered.' })
  @Authenticated()
  async answerSurvey(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('answers', { type: () => [SurveyAnswerInput] }) answers: SurveyAnswerInput[],
  ) {
    const { survey } = await this.surveys.answer(actor, id, answers);
    return SurveyModel.from(survey, actor.language, SurveyParticipantState.answered);
  }

  @Query(() => SurveyResultsModel, { description: 'Results of one group; too_few_answers below k (see the k rule).' })
  @Authenticated()
  async surveyResults(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('filter', { type: () => SurveyResultFilterInput, nullable: true }) filter?: SurveyResultFilterInput | null,
  ) {
    return this.results.results(actor, id, { district: filter?.district ?? null, category: filter?.category ?? null });
  }

  @Query(() => [StaffSurveyModel], { description: 'Communication staff: every survey, newest first.' })
  @Authenticated()
  async staffSurveys(@CurrentActor() actor: Actor) {
    return (await this.surveys.staffList(actor)).map(({ survey, participants }) => StaffSurveyModel.from(survey, participants));
  }

  @Query(() => StaffSurveyModel, { description: 'Communication staff: one survey with every translation.' })
  @Authenticated()
  async staffSurvey(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    const { survey, participants } = await this.surveys.staffGet(actor, id);
    return StaffSurveyModel.from(survey, participants);
  }

  @Query(() => SurveyModel, { description: 'Communication staff: the survey as a reader of `language` sees it.' })
  @Authenticated()
  async surveyPreview(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('language') language: string) {
    if (!LANGUAGE_CODES.includes(language)) throw DomainException.invalidInput([surveyField('language', 'isIn', 'language_unknown')]);
    const { survey } = await this.surveys.staffGet(actor, id);
    return SurveyModel.from(survey, language, SurveyParticipantState.open);
  }

  @Query(() => String, { description: 'Communication staff: the results as CSV (aggregates of the groups the k rule shows, never rows).' })
  @Authenticated()
  async surveyResultsCsv(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.results.csv(actor, id);
  }

  @Mutation(() => StaffSurveyModel, { description: 'Communication staff: a new draft.' })
  @Authenticated()
  async createSurvey(@CurrentActor() actor: Actor, @Args('input') input: SurveyInput) {
    return StaffSurveyModel.from(await this.surveys.create(actor, input), 0);
  }

  @Mutation(() => StaffSurveyModel, { description: 'Communication staff: changes a draft.' })
  @Authenticated()
  async updateSurvey(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: SurveyInput) {
    return StaffSurveyModel.from(await this.surveys.update(actor, id, input), 0);
  }

  @Mutation(() => StaffSurveyModel, { description: 'Communication staff: draft → published (audited).' })
  @Authenticated()
  async publishSurvey(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return StaffSurveyModel.from(await this.surveys.publish(actor, id), 0);
  }

  @Mutation(() => StaffSurveyModel, { description: 'Communication staff: published → closed (audited).' })
  @Authenticated()
  async closeSurvey(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    const survey = await this.surveys.close(actor, id);
    const counts = await this.surveys.participantCounts([id]);
    return StaffSurveyModel.from(survey, counts.get(id) ?? 0);
  }
}
