import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { LocalQueue } from '../../database/local-queue.js';
import { AuditService } from '../../common/audit/audit.service.js';
import { hasRole, type Actor } from '../../common/auth/actor.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { berlinToday } from '../../common/time/berlin-date.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AudienceService } from '../audience/audience.service.js';
import { audienceIncludes, normalizeAudience } from '../audience/audience.js';
import { COMMUNICATION_ROLES } from '../participation-roles.js';
import { SurveyParticipantState, SurveyStatus } from './survey-enums.js';
import { buildDefinition, checkAnswers } from './survey-rules.js';
import { Survey, SurveyParticipation } from './survey.entities.js';
import type { SurveyAnswerInput, SurveyInput } from './surveys.inputs.js';
import { SurveysException } from './surveys.exception.js';

/** How many surveys a list shows at most (newest first). */
const LIST_LIMIT = 200;

export interface ParticipantSurveyView {
  survey: Survey;
  state: SurveyParticipantState;
}

/**
 * Surveys: staff build, publish and close them; eligible people answer once. Who took part and what
 * was answered are written to two tables that nothing links (docs/architecture.md, "Participation: surveys").
 */
@Injectable()
export class SurveysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audiences: AudienceService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queue: LocalQueue,
  ) {}

  get minGroupSize(): number {
    return this.config.surveys.minGroupSize;
  }

  isCommunicationStaff(actor: Actor): boolean {
    return hasRole(actor, ...COMMUNICATION_ROLES);
  }

  private requireStaff(actor: Actor): void {
    if (!this.isCommunicationStaff(actor)) throw DomainException.forbidden();
  }

  // ── staff ─────────────────────────────────────────────────────────────────

  async staffList(actor: Actor): Promise<{ survey: Survey; participants: number }[]> {
    this.requireStaff(actor);
    const surveys = await this.dataSource.manager.find(Survey, { order: { createdAt: 'DESC' }, take: LIST_LIMIT });
    const counts = await this.participantCounts(surveys.map((survey) => survey.id));
    return surveys.map((survey) => ({ survey, participants: counts.get(survey.id) ?? 0 }));
  }

  async staffGet(actor: Actor, id: string): Promise<{ survey: Survey; participants: number }> {
    this.requireStaff(actor);
    const survey = await this.dataSource.manager.findOneBy(Survey, { id });
    if (!survey) throw DomainException.notFound();
    const counts = await this.participantCounts([id]);
    return { survey, participants: counts.get(id) ?? 0 };
  }

  /** One statement for any number of surveys. */
  async participantCounts(surveyIds: readonly string[]): Promise<Map<string, number>> {
    if (surveyIds.length === 0) return new Map();
    const rows: { survey_id: string; count: number }[] = await this.dataSource.query(
      `SELECT survey_id, count(*)::int AS count FROM survey_participations WHERE survey_id = ANY($1::uuid[]) GROUP BY survey_id`,
      [surveyIds],
    );
    return new Map(rows.map((row) => [row.survey_id, row.count]));
  }

  async create(actor: Actor, input: SurveyInput): Promise<Survey> {
    this.requireStaff(actor);
    const { definition, errors } = buildDefinition(input);
    if (errors.length) throw SurveysException.invalid(errors);
    return this.dataSource.transaction(async (manager) =>
      manager.save(
        manager.create(Survey, {
          ...definition,
          audience: normalizeAudience(input.audience),
          opensAt: input.opensAt,
          closesAt: input.closesAt,
          resultsVisibleToParticipants: input.resultsVisibleToParticipants,
          status: SurveyStatus.draft,
          createdByAccountId: actor.accountId,
        }),
      ),
    );
  }

  async update(actor: Actor, id: string, input: SurveyInput): Promise<Survey> {
    this.requireStaff(actor);
    const { definition, errors } = buildDefinition(input);
    return this.dataSource.transaction(async (manager) => {
      const survey = await this.lockSurvey(manager, id);
      if (survey.status !== SurveyStatus.draft) throw SurveysException.notDraft();
      if (errors.length) throw SurveysException.invalid(errors);
      Object.assign(survey, definition, {
        audience: normalizeAudience(input.audience),
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        resultsVisibleToParticipants: input.resultsVisibleToParticipants,
      });
      return manager.save(survey);
    });
  }

  async publish(actor: Actor, id: string): Promise<Survey> {
    this.requireStaff(actor);
    return this.dataSource.transaction(async (manager) => {
      const survey = await this.lockSurvey(manager, id);
      if (survey.status !== SurveyStatus.draft) throw SurveysException.notDraft();
      survey.status = SurveyStatus.published;
      survey.publishedAt = new Date();
      const saved = await manager.save(survey);
      await this.audit.record(
        {
          action: 'participation.survey.published',
          actorAccountId: actor.accountId,
          subjectType: 'survey',
          subjectId: id,
          details: { opensAt: survey.opensAt.toISOString(), closesAt: survey.closesAt.toISOString(), audience: survey.audience },
        },
        manager,
      );
      return saved;
    });
  }

  async close(actor: Actor, id: string): Promise<Survey> {
    this.requireStaff(actor);
    return this.dataSource.transaction(async (manager) => {
      const survey = await this.lockSurvey(manager, id);
      if (survey.status !== SurveyStatus.published) throw SurveysException.notPublished();
      survey.status = SurveyStatus.closed;
      survey.closedAt = new Date();
      const saved = await manager.save(survey);
      await this.audit.record(
        { action: 'participation.survey.closed', actorAccountId: actor.accountId, subjectType: 'survey', subjectId: id },
        manager,
      );
      return saved;
    });
  }

  private async lockSurvey(manager: EntityManager, id: string): Promise<Survey> {
    const survey = await manager.findOne(Survey, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!survey) throw DomainException.notFound();
    return survey;
  }

  // ── participants ───────────────────────────────────────────────────────────

  /** Surveys open to me now, and those I answered (newest first). */
  async mySurveys(actor: Actor): Promise<ParticipantSurveyView[]> {
    const [surveys, participations, profile] = await Promise.all([
      this.dataSource.manager.find(Survey, {
        where: { status: In([SurveyStatus.published, SurveyStatus.closed]) },
        order: { opensAt: 'DESC' },
        take: LIST_LIMIT,
      }),
      this.dataSource.manager.find(SurveyParticipation, { where: { accountId: actor.accountId }, select: { surveyId: true } }),
      this.audiences.profileOf(actor.accountId),
    ]);
    const answered = new Set(participations.map((participation) => participation.surveyId));
    const now = new Date();
    return surveys
      .map((survey) => ({ survey, state: stateOf(survey, answered.has(survey.id), now) }))
      .filter(
        ({ survey, state }) =>
          state === SurveyParticipantState.answered ||
          (state === SurveyParticipantState.open && audienceIncludes(survey.audience, profile)),
      );
  }

  /** One survey for a participant (in the audience, or already answered); staff also see drafts. */
  async participantSurvey(actor: Actor, id: string): Promise<ParticipantSurveyView> {
    const survey = await this.dataSource.manager.findOneBy(Survey, { id });
    if (!survey) throw DomainException.notFound();
    const answered = await this.dataSource.manager.existsBy(SurveyParticipation, { surveyId: id, accountId: actor.accountId });
    const state = stateOf(survey, answered, new Date());
    if (this.isCommunicationStaff(actor)) return { survey, state };
    if (survey.status === SurveyStatus.draft) throw DomainException.notFound();
    if (!answered && !(await this.audiences.includes(survey.audience, actor.accountId))) throw DomainException.notFound();
    return { survey, state };
  }

  /** Whether this person took part (for results shown to participants). */
  async hasAnswered(actor: Actor, surveyId: string): Promise<boolean> {
    return this.dataSource.manager.existsBy(SurveyParticipation, { surveyId, accountId: actor.accountId });
  }

  /**
   * Answers once, in one transaction: the survey row is locked (answers to one survey are written one
   * after the other), the participation is inserted first (a second one does nothing → ALREADY_ANSWERED,
   * nothing written), then the survey's responses are rewritten in random order with fresh random ids,
   * the new one among them — so every response row of the survey carries this transaction's xmin, and
   * neither ids nor physical order reveal which answer is the newest.
   */
  async answer(actor: Actor, id: string, input: SurveyAnswerInput[]): Promise<ParticipantSurveyView> {
    // Answers to one survey are written one at a time (the row lock); they queue in memory first, so
    // a burst holds one pool connection per survey and process, not one per waiting answer.
    return this.queue.run(`participation-survey:${id}`, () =>
      this.dataSource.transaction(async (manager) => {
        const survey = await manager.findOne(Survey, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!survey || survey.status === SurveyStatus.draft) throw DomainException.notFound();
        const profile = await this.audiences.profileOf(actor.accountId, manager);
        const inserted: { id: string }[] = await manager.query(
          `INSERT INTO survey_participations (survey_id, account_id, participated_on) VALUES ($1, $2, $3)
         ON CONFLICT (survey_id, account_id) DO NOTHING RETURNING id`,
          [survey.id, actor.accountId, berlinToday()],
        );
        if (inserted.length === 0) throw SurveysException.alreadyAnswered();
        if (!audienceIncludes(survey.audience, profile)) throw DomainException.notFound();
        const now = Date.now();
        if (survey.status === SurveyStatus.closed || now >= survey.closesAt.getTime()) throw SurveysException.closed();
        if (now < survey.opensAt.getTime()) throw SurveysException.notYetOpen();
        const { answers, errors } = checkAnswers(survey.questions, input);
        if (errors.length) throw SurveysException.invalid(errors);
        await writeShuffled(manager, survey.id, {
          district: profile.resident?.district ?? null,
          categories: [...(profile.resident?.categories ?? [])].sort(),
          answers,
        });
        return { survey, state: SurveyParticipantState.answered };
      }),
    );
  }
}

function stateOf(survey: Survey, answered: boolean, now: Date): SurveyParticipantState {
  if (answered) return SurveyParticipantState.answered;
  if (survey.status === SurveyStatus.closed || now.getTime() >= survey.closesAt.getTime()) return SurveyParticipantState.closed;
  if (now.getTime() < survey.opensAt.getTime()) return SurveyParticipantState.not_yet_open;
  return SurveyParticipantState.open;
}

/**
 * Deletes the survey's responses and inserts them again with the new one, in random order and with
 * fresh v4 ids. A failure is reported without the statement's parameters (they hold answers, and the
 * request's log line names the account).
 */
async function writeShuffled(
  manager: EntityManager,
  surveyId: string,
  response: { district: string | null; categories: string[]; answers: object },
): Promise<void> {
  try {
    await manager.query(
      `WITH moved AS (DELETE FROM survey_responses WHERE survey_id = $1 RETURNING district, categories, answers),
            every_response AS (
              SELECT district, categories, answers FROM moved
              UNION ALL SELECT $2::varchar, $3::text[], $4::jsonb
            )
       INSERT INTO survey_responses (id, survey_id, district, categories, answers)
       SELECT gen_random_uuid(), $1, district, categories, answers FROM every_response ORDER BY random()`,
      [surveyId, response.district, response.categories, JSON.stringify(response.answers)],
    );
  } catch {
    throw new Error('writing the survey responses failed');
  }
}
