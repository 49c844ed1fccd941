import { SurveyDemoSeed } from '../src/participation/index.js';
import { accountWithRoles, signedInAccount, uniqueEmail, STRONG_PASSWORD } from './support/accounts.js';
import { countedStatements } from './support/statements.js';
import { graphql } from './support/graphql.js';
import { communicationStaff, resident } from './support/participation-events.js';
import {
  CLOSE_SURVEY,
  CREATE_SURVEY,
  MY_SURVEYS,
  PUBLISH_SURVEY,
  STAFF_SURVEY,
  STAFF_SURVEYS,
  SURVEY,
  SURVEY_PREVIEW,
  SURVEY_RESULTS,
  SURVEY_RESULTS_CSV,
  UPDATE_SURVEY,
  answer,
  answersFor,
  publishedSurvey,
  surveyInput,
} from './support/participation-surveys.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const hours = (count: number) => new Date(Date.now() + count * 3600_000).toISOString();

describe('participation: surveys', () => {
  let app: TestApp;
  let staff: Awaited<ReturnType<typeof communicationStaff>>;

  beforeAll(async () => {
    app = await createTestApp();
    staff = await communicationStaff(app);
  });

  afterAll(async () => {
    await app.close();
  });

  describe('building and publishing', () => {
    it('creates a draft with translations, previews it per language, publishes it with an audit entry and closes it', async () => {
      const created = await graphql<any>(app, CREATE_SURVEY, { input: surveyInput() }, { token: staff.token });
      const draft = created.data.createSurvey;
      expect(draft.status).toBe('draft');
      expect(draft.questions.map((question: any) => question.id)).toEqual(['q-choice', 'q-multi', 'q-scale', 'q-rank', 'q-free']);

      const english = await graphql<any>(app, SURVEY_PREVIEW, { id: draft.id, language: 'en' }, { token: staff.token });
      expect(english.data.surveyPreview.title).toEqual({
        text: 'Under which circumstances would you move (back) to Bochum?',
        language: 'en',
      });
      const family = english.data.surveyPreview.questions[1].options[2];
      expect(family.text).toEqual({ text: 'Familie', language: 'de' });
      const turkish = await graphql<any>(app, SURVEY_PREVIEW, { id: draft.id, language: 'tr' }, { token: staff.token });
      expect(turkish.data.surveyPreview.title.language).toBe('de');

      const changed = await graphql<any>(
        app,
        UPDATE_SURVEY,
        { id: draft.id, input: surveyInput({ titleDe: 'Neu' }) },
        { token: staff.token },
      );
      expect(changed.data.updateSurvey.titleDe).toBe('Neu');

      const published = await graphql<any>(app, PUBLISH_SURVEY, { id: draft.id }, { token: staff.token });
      expect(published.data.publishSurvey.status).toBe('published');
      const audit = await app.sql(
        `SELECT actor_account_id, details FROM audit_events WHERE action = 'participation.survey.published' AND subject_id = $1`,
        [draft.id],
      );
      expect(audit).toHaveLength(1);
      expect(audit[0].actor_account_id).toBe(String(staff.account.id));

      const again = await graphql<any>(app, UPDATE_SURVEY, { id: draft.id, input: surveyInput() }, { token: staff.token });
      expect(again.errors![0].extensions.reason).toBe('SURVEY_NOT_DRAFT');
      const closed = await graphql<any>(app, CLOSE_SURVEY, { id: draft.id }, { token: staff.token });
      expect(closed.data.closeSurvey.status).toBe('closed');
    });

    it('refuses invalid surveys with localized field errors', async () => {
      const input = surveyInput({
        titleDe: ' ',
        closesAt: hours(-2),
        questions: [{ kind: 'single_choice', required: true, texts: [{ language: 'en', text: 'Only English' }], options: [] }],
      });
      const response = await graphql<any>(app, CREATE_SURVEY, { input }, { token: staff.token, language: 'de' });
      expect(response.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      const details = response.errors![0].extensions.details!;
      expect(details.map((detail) => detail.field)).toEqual(
        expect.arrayContaining(['titleDe', 'closesAt', 'questions.0.texts', 'questions.0.options']),
      );
      expect(details.find((detail) => detail.field === 'closesAt')!.message).toBe('The end must be after the start.');
    });
  });

  describe('answering', () => {
    it('answers once: a concurrent double submit writes one participation and one response, a second answer is ALREADY_ANSWERED', async () => {
      const survey = await publishedSurvey(app, staff.token);
      const person = await resident(app, { language: 'de' });
      const results = await Promise.all([
        answer(app, person.token, survey.id, answersFor(4)),
        answer(app, person.token, survey.id, answersFor(2)),
      ]);
      expect(results.filter((result) => result.data?.answerSurvey.state === 'answered')).toHaveLength(1);
      expect(results.flatMap((result) => result.errors ?? []).map((error) => error.extensions.reason)).toEqual(['ALREADY_ANSWERED']);
      const [counts] = await app.sql<{ participations: number; responses: number }>(
        `SELECT (SELECT count(*)::int FROM survey_participations WHERE survey_id = $1) AS participations,
                (SELECT count(*)::int FROM survey_responses WHERE survey_id = $1) AS responses`,
        [survey.id],
      );
      expect(counts).toEqual({ participations: 1, responses: 1 });
      const second = await answer(app, person.token, survey.id, answersFor(3), 'de');
      expect(second.errors![0].extensions.reason).toBe('ALREADY_ANSWERED');
      expect(second.errors![0].message).toContain('bereits teilgenommen');
      const mine = await graphql<any>(app, MY_SURVEYS, {}, { token: person.token });
      expect(mine.data.mySurveys.find((entry: any) => entry.id === survey.id).state).toBe('answered');
    });

    it('hides a survey from people outside its audience (NOT_FOUND) and refuses their answer', async () => {
      const survey = await publishedSurvey(app, staff.token, {
        audience: { residents: true, categories: ['former_resident'], districts: [], companies: false },
      });
      const student = await resident(app, { categories: ['student'] });
      const former = await resident(app, { categories: ['former_resident'] });
      expect((await graphql<any>(app, SURVEY, { id: survey.id }, { token: student.token })).errors![0].extensions.code).toBe('NOT_FOUND');
      expect((await answer(app, student.token, survey.id, answersFor(1))).errors![0].extensions.code).toBe('NOT_FOUND');
      const list = await graphql<any>(app, MY_SURVEYS, {}, { token: student.token });
      expect(list.data.mySurveys.map((entry: any) => entry.id)).not.toContain(survey.id);
      expect((await graphql<any>(app, SURVEY, { id: survey.id }, { token: former.token })).data.survey.state).toBe('open');
      const [{ count }] = await app.sql<{ count: number }>(
        'SELECT count(*)::int AS count FROM survey_participations WHERE survey_id = $1',
        [survey.id],
      );
      expect(count).toBe(0);
    });

    it('refuses answers before the survey opens and after it closes, with a localized message', async () => {
      const person = await resident(app, { language: 'de' });
      const early = await publishedSurvey(app, staff.token, { opensAt: hours(2), closesAt: hours(5) });
      const notYet = await answer(app, person.token, early.id, answersFor(3), 'de');
      expect(notYet.errors![0].extensions.reason).toBe('SURVEY_NOT_YET_OPEN');
      expect(notYet.errors![0].message).toBe('Diese Umfrage hat noch nicht begonnen.');
      const ended = await publishedSurvey(app, staff.token);
      await graphql<any>(app, CLOSE_SURVEY, { id: ended.id }, { token: staff.token });
      const closed = await answer(app, person.token, ended.id, answersFor(3));
      expect(closed.errors![0].extensions.reason).toBe('SURVEY_CLOSED');
      expect(closed.errors![0].message).toBe('Diese Umfrage ist beendet; Antworten sind nicht mehr möglich.');
      const [{ count }] = await app.sql<{ count: number }>(
        'SELECT count(*)::int AS count FROM survey_participations WHERE survey_id = ANY($1::uuid[])',
        [[early.id, ended.id]],
      );
      expect(count).toBe(0);
    });

    it('refuses answers that do not fit the questions, and writes nothing', async () => {
      const survey = await publishedSurvey(app, staff.token);
      const person = await resident(app);
      const wrong = await answer(app, person.token, survey.id, [
        { questionId: 'q-choice', optionIds: ['often', 'rarely'] },
        { questionId: 'q-scale', value: 9 },
        { questionId: 'q-rank', ranking: ['nature'] },
      ]);
      expect(wrong.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      expect(wrong.errors![0].extensions.details!.map((detail) => detail.field)).toEqual(
        expect.arrayContaining(['answers.q-choice', 'answers.q-multi', 'answers.q-scale', 'answers.q-rank']),
      );
      const rows = await app.sql('SELECT 1 FROM survey_participations WHERE survey_id = $1', [survey.id]);
      expect(rows).toHaveLength(0);
      expect((await answer(app, person.token, survey.id, answersFor(3))).data!.answerSurvey.state).toBe('answered');
    });
  });

  describe('results with k-anonymity', () => {
    let survey: any;
    let participant: Awaited<ReturnType<typeof resident>>;

    beforeAll(async () => {
      survey = await publishedSurvey(app, staff.token);
      // bochum: 6 (3 of them students, 3 commuters); wattenscheid: 3 students.
      const people = [
        ...Array.from({ length: 3 }, () => ({ categories: ['student'], district: 'bochum' })),
        ...Array.from({ length: 3 }, () => ({ categories: ['commuter'], district: 'bochum' })),
        ...Array.from({ length: 3 }, () => ({ categories: ['student'], district: 'wattenscheid' })),
      ];
      for (const [index, options] of people.entries()) {
        const person = await resident(app, options);
        await answer(app, person.token, survey.id, answersFor((index % 5) + 1, `Antwort ${index}`));
        if (index === 0) participant = person;
      }
    });

    it('shows staff the whole group with counts, scale average, ranking and free texts', async () => {
      const response = await graphql<any>(app, SURVEY_RESULTS, { id: survey.id }, { token: staff.token });
      const results = response.data.surveyResults;
      expect(results).toMatchObject({ state: 'available', respondents: 9, minGroupSize: 5 });
      const [choice, multi, scale, rank, free] = results.questions;
      expect(choice.options.reduce((sum: number, option: any) => sum + option.count, 0)).toBe(9);
      expect(multi.options.find((option: any) => option.optionId === 'job').count).toBeGreaterThan(0);
      const values = [1, 2, 3, 4, 5, 1, 2, 3, 4];
      expect(scale.scaleAverage).toBeCloseTo(values.reduce((a, b) => a + b, 0) / 9, 2);
      expect(scale.distribution.map((bucket: any) => bucket.count)).toEqual([2, 2, 2, 2, 1]);
      const nature = rank.options.find((option: any) => option.optionId === 'nature');
      expect(nature.meanRank).toBeGreaterThan(0);
      expect(rank.options.reduce((sum: number, option: any) => sum + option.bordaScore, 0)).toBe(9 * 3);
      expect(free.freeTexts).toHaveLength(9);
    });

    it('says "too few answers" for a group of 3, and for a group whose complement is below k', async () => {
      const wattenscheid = await graphql<any>(
        app,
        SURVEY_RESULTS,
        { id: survey.id, filter: { district: 'wattenscheid' } },
        { token: staff.token },
      );
      expect(wattenscheid.data.surveyResults).toMatchObject({ state: 'too_few_answers', respondents: null, questions: [] });
      // bochum has 6 ≥ k, but everyone minus bochum = the 3 of wattenscheid: differencing would show them.
      const bochum = await graphql<any>(app, SURVEY_RESULTS, { id: survey.id, filter: { district: 'bochum' } }, { token: staff.token });
      expect(bochum.data.surveyResults.state).toBe('too_few_answers');
      const students = await graphql<any>(app, SURVEY_RESULTS, { id: survey.id, filter: { category: 'student' } }, { token: staff.token });
      expect(students.data.surveyResults.state).toBe('too_few_answers');
      const pair = await graphql<any>(
        app,
        SURVEY_RESULTS,
        { id: survey.id, filter: { district: 'bochum', category: 'student' } },
        { token: staff.token },
      );
      expect(pair.data.surveyResults.state).toBe('too_few_answers');
    });

    it('shows participants the results after they answered, without free texts; others get NOT_FOUND', async () => {
      const mine = await graphql<any>(app, SURVEY_RESULTS, { id: survey.id }, { token: participant.token });
      expect(mine.data.surveyResults.state).toBe('available');
      expect(mine.data.surveyResults.questions[4].freeTexts).toEqual([]);
      const outsider = await resident(app);
      const refused = await graphql<any>(app, SURVEY_RESULTS, { id: survey.id }, { token: outsider.token });
      expect(refused.errors![0].extensions.code).toBe('NOT_FOUND');
    });

    it('exports aggregates only as CSV, with withheld groups marked', async () => {
      const response = await graphql<any>(app, SURVEY_RESULTS_CSV, { id: survey.id }, { token: staff.token });
      const csv: string = response.data.surveyResultsCsv;
      expect(csv.split('\r\n')[0]).toBe('district,category,state,respondents,question,option,count,mean_rank,borda,scale_average');
      expect(csv).toContain('"all","all","available",9');
      expect(csv).toContain('"wattenscheid","all","too_few_answers"');
      expect(csv).not.toContain('Antwort 1');
      const denied = await graphql<any>(app, SURVEY_RESULTS_CSV, { id: survey.id }, { token: participant.token });
      expect(denied.errors![0].extensions.code).toBe('FORBIDDEN');
    });
  });

  describe('roles and other people’s ids', () => {
    it('refuses every staff operation to residents and other staff (FORBIDDEN), and unknown ids with NOT_FOUND', async () => {
      const survey = await publishedSurvey(app, staff.token);
      const person = await resident(app);
      const citizensOffice = await accountWithRoles(app, ['staff_citizens_office']);
      for (const token of [person.token, citizensOffice.token]) {
        const calls = [
          graphql<any>(app, STAFF_SURVEYS, {}, { token }),
          graphql<any>(app, STAFF_SURVEY, { id: survey.id }, { token }),
          graphql<any>(app, CREATE_SURVEY, { input: surveyInput() }, { token }),
          graphql<any>(app, UPDATE_SURVEY, { id: survey.id, input: surveyInput() }, { token }),
          graphql<any>(app, PUBLISH_SURVEY, { id: survey.id }, { token }),
          graphql<any>(app, CLOSE_SURVEY, { id: survey.id }, { token }),
          graphql<any>(app, SURVEY_PREVIEW, { id: survey.id, language: 'en' }, { token }),
          graphql<any>(app, SURVEY_RESULTS_CSV, { id: survey.id }, { token }),
        ];
        for (const response of await Promise.all(calls)) expect(response.errors![0].extensions.code).toBe('FORBIDDEN');
      }
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect((await graphql<any>(app, STAFF_SURVEY, { id: unknown }, { token: staff.token })).errors![0].extensions.code).toBe('NOT_FOUND');
      expect((await graphql<any>(app, SURVEY, { id: unknown }, { token: person.token })).errors![0].extensions.code).toBe('NOT_FOUND');
      expect((await answer(app, person.token, unknown, answersFor(1))).errors![0].extensions.code).toBe('NOT_FOUND');
      expect((await graphql<any>(app, SURVEY_RESULTS, { id: unknown }, { token: staff.token })).errors![0].extensions.code).toBe(
        'NOT_FOUND',
      );
    });

    it('hides drafts from residents and results from people who have not answered', async () => {
      const created = await graphql<any>(app, CREATE_SURVEY, { input: surveyInput() }, { token: staff.token });
      const draftId = created.data.createSurvey.id;
      const person = await resident(app);
      expect((await graphql<any>(app, SURVEY, { id: draftId }, { token: person.token })).errors![0].extensions.code).toBe('NOT_FOUND');
      expect((await answer(app, person.token, draftId, answersFor(1))).errors![0].extensions.code).toBe('NOT_FOUND');
      const hidden = await publishedSurvey(app, staff.token, { resultsVisibleToParticipants: false });
      await answer(app, person.token, hidden.id, answersFor(2));
      expect((await graphql<any>(app, SURVEY_RESULTS, { id: hidden.id }, { token: person.token })).errors![0].extensions.code).toBe(
        'FORBIDDEN',
      );
      const stranger = await signedInAccount(app, uniqueEmail('stranger'), STRONG_PASSWORD);
      expect((await graphql<any>(app, SURVEY_RESULTS, { id: hidden.id }, { token: stranger.token })).errors![0].extensions.code).toBe(
        'NOT_FOUND',
      );
      expect((await graphql<any>(app, SURVEY, { id: hidden.id }, { token: stranger.token })).errors![0].extensions.code).toBe('NOT_FOUND');
    });

    it('requires sign-in', async () => {
      const response = await graphql<any>(app, MY_SURVEYS);
      expect(response.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('demo seed', () => {
    it('seeds the example survey once, open to residents in German and English', async () => {
      const seed = app.app.get(SurveyDemoSeed, { strict: false });
      await seed.seed();
      await seed.seed();
      const seeded = await app.sql<{ id: string }>(`SELECT id FROM surveys WHERE seed_key = 'demo-move-to-bochum'`);
      expect(seeded).toHaveLength(1);
      const person = await resident(app);
      const english = await graphql<any>(app, SURVEY, { id: seeded[0].id }, { token: person.token });
      expect(english.data.survey.title).toEqual({ text: 'Under which circumstances would you move (back) to Bochum?', language: 'en' });
      expect(english.data.survey.questions.map((question: any) => question.kind)).toEqual([
        'multiple_choice',
        'scale',
        'ranking',
        'free_text',
      ]);
      const answered = await answer(app, person.token, seeded[0].id, [
        { questionId: 'circumstances', optionIds: ['job', 'family'] },
        { questionId: 'likelihood', value: 4 },
      ]);
      expect(answered.data!.answerSurvey.state).toBe('answered');
    });
  });

  describe('lists', () => {
    it('lists 30 surveys (staff: with participant counts; residents: with their state) in a bounded number of statements', async () => {
      const person = await resident(app);
      for (let index = 0; index < 30; index += 1) {
        const survey = await publishedSurvey(app, staff.token);
        if (index % 3 === 0) await answer(app, person.token, survey.id, answersFor(2));
      }
      // Only the counted request's own statements (not those of jobs running meanwhile).
      const staffList = await countedStatements(app, STAFF_SURVEYS, {}, staff.token);
      expect(staffList.data.staffSurveys.length).toBeGreaterThanOrEqual(30);
      expect(staffList.statements.length).toBeLessThanOrEqual(6);
      const mine = await countedStatements(app, MY_SURVEYS, {}, person.token);
      expect(mine.data.mySurveys.filter((entry: any) => entry.state === 'answered').length).toBeGreaterThanOrEqual(10);
      expect(mine.statements.length).toBeLessThanOrEqual(8);
    });
  });
});
