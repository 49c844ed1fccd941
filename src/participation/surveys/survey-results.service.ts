import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { District } from '../../addresses/index.js';
import type { Actor } from '../../common/auth/actor.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { ResidencyCategory } from '../../residency/index.js';
import { SurveyResultState, SurveyStatus } from './survey-enums.js';
import { aggregate, csvCell, type ResponseRow } from './survey-results.js';
import { localize } from './survey-rules.js';
import { Survey } from './survey.entities.js';
import { SurveyResultsModel } from './surveys.models.js';
import { SurveysService } from './surveys.service.js';

export interface ResultsFilter {
  district: District | null;
  category: ResidencyCategory | null;
}

/**
 * Results with the k rule (survey-results.ts): for communication staff always, for participants
 * only when the survey shows them its results and they have answered (then without free texts).
 */
@Injectable()
export class SurveyResultsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly surveys: SurveysService,
  ) {}

  async results(actor: Actor, id: string, filter: ResultsFilter): Promise<SurveyResultsModel> {
    const staff = this.surveys.isCommunicationStaff(actor);
    const survey = await this.dataSource.manager.findOneBy(Survey, { id });
    if (!survey) throw DomainException.notFound();
    if (!staff) {
      if (survey.status === SurveyStatus.draft || !(await this.surveys.hasAnswered(actor, id))) throw DomainException.notFound();
      if (!survey.resultsVisibleToParticipants) throw DomainException.forbidden();
    }
    const rows = await this.rows(id);
    const k = this.surveys.minGroupSize;
    return SurveyResultsModel.from(survey, actor.language, aggregate(survey.questions, rows, filter, k, staff), k, filter);
  }

  /** Aggregates only: every group the k rule shows (everyone, each district, each category, each pair); never rows. */
  async csv(actor: Actor, id: string): Promise<string> {
    if (!this.surveys.isCommunicationStaff(actor)) throw DomainException.forbidden();
    const survey = await this.dataSource.manager.findOneBy(Survey, { id });
    if (!survey) throw DomainException.notFound();
    const rows = await this.rows(id);
    const k = this.surveys.minGroupSize;
    const districts: (District | null)[] = [null, ...Object.values(District)];
    const categories: (ResidencyCategory | null)[] = [null, ...Object.values(ResidencyCategory)];
    const lines = [
      ['district', 'category', 'state', 'respondents', 'question', 'option', 'count', 'mean_rank', 'borda', 'scale_average'].join(','),
    ];
    const text = (texts: Record<string, string>) => localize(texts, 'de').text;
    for (const district of districts) {
      for (const category of categories) {
        const group = aggregate(survey.questions, rows, { district, category }, k, false);
        const prefix = [csvCell(district ?? 'all'), csvCell(category ?? 'all'), csvCell(group.state)];
        if (group.state === SurveyResultState.too_few_answers) {
          lines.push([...prefix, '', '', '', '', '', '', ''].join(','));
          continue;
        }
        for (const question of group.questions) {
          const definition = survey.questions.find((candidate) => candidate.id === question.questionId)!;
          const base = [...prefix, csvCell(group.respondents), csvCell(text(definition.text))];
          for (const option of question.options) {
            const optionText = text(definition.options.find((candidate) => candidate.id === option.optionId)!.text);
            lines.push(
              [...base, csvCell(optionText), csvCell(option.count), csvCell(option.meanRank), csvCell(option.bordaScore), ''].join(','),
            );
          }
          for (const bucket of question.distribution) {
            lines.push([...base, csvCell(String(bucket.value)), csvCell(bucket.count), '', '', csvCell(question.scaleAverage)].join(','));
          }
          if (question.options.length === 0 && question.distribution.length === 0) {
            lines.push([...base, '', csvCell(question.answered), '', '', ''].join(','));
          }
        }
      }
    }
    return `${lines.join('\r\n')}\r\n`;
  }

  /** The survey's responses in random order (never the physical order). */
  private async rows(surveyId: string): Promise<ResponseRow[]> {
    return this.dataSource.query(`SELECT district, categories, answers FROM survey_responses WHERE survey_id = $1 ORDER BY random()`, [
      surveyId,
    ]);
  }
}
