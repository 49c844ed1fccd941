import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { graphql } from './support/graphql.js';
import { communicationStaff, resident } from './support/participation-events.js';
import { SURVEY_RESULTS, answer, answersFor, publishedSurvey } from './support/participation-surveys.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * The acceptance test of issue 15: from the database alone (as superuser, every table of every
 * schema, pg-boss and audit included) and from the statements the application sent, no survey
 * answer can be joined to an account.
 */
describe('participation: surveys — answers cannot be joined to people', () => {
  const RESPONDENTS = 8;
  let app: TestApp;
  let surveyId: string;
  const people: { accountId: string; marker: string; scale: number }[] = [];
  const statements: { query: string; parameters: string }[] = [];

  beforeAll(async () => {
    app = await createTestApp();
    const staff = await communicationStaff(app);
    surveyId = (await publishedSurvey(app, staff.token)).id;
    const dataSource = app.app.get(DataSource);
    const original = dataSource.logger.logQuery.bind(dataSource.logger);
    dataSource.logger.logQuery = (query, parameters, runner) => {
      statements.push({ query, parameters: JSON.stringify(parameters ?? []) });
      return original(query, parameters, runner);
    };
    // Everyone has the same coarse attributes, so only order and ids could tell them apart. They answer one after the other, in a known order.
    for (let index = 0; index < RESPONDENTS; index += 1) {
      const person = await resident(app, { categories: ['student'], district: 'bochum' });
      const marker = `marker-${randomUUID()}`;
      const scale = (index % 5) + 1;
      const response = await answer(app, person.token, surveyId, answersFor(scale, marker));
      expect(response.data!.answerSurvey.state).toBe('answered');
      people.push({ accountId: person.accountId, marker, scale });
    }
    dataSource.logger.logQuery = original;
  });

  afterAll(async () => {
    await app.close();
  });

  it('keeps who took part and what was answered in tables with nothing in common but the survey', async () => {
    const columns = await app.sql<{ column_name: string; data_type: string; column_default: string | null }>(
      `SELECT column_name, data_type, column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'survey_responses' ORDER BY column_name`,
    );
    expect(columns.map((column) => column.column_name)).toEqual(['answers', 'categories', 'district', 'id', 'survey_id']);
    // No time at all (not even the day), no sequence.
    expect(columns.filter((column) => /time|date|interval/.test(column.data_type))).toEqual([]);
    expect(columns.filter((column) => column.column_default?.includes('nextval'))).toEqual([]);
    const foreignKeys = await app.sql<{ target: string }>(
      `SELECT confrelid::regclass::text AS target FROM pg_constraint WHERE conrelid = 'survey_responses'::regclass AND contype = 'f'`,
    );
    expect(foreignKeys.map((key) => key.target)).toEqual(['surveys']);
    // Nothing refers to a response either.
    const references = await app.sql(`SELECT conname FROM pg_constraint WHERE confrelid = 'survey_responses'::regclass`);
    expect(references).toEqual([]);
    // No sequence in the database belongs to either table.
    const sequences = await app.sql(
      `SELECT d.objid::regclass::text FROM pg_depend d JOIN pg_class c ON c.oid = d.objid AND c.relkind = 'S'
       WHERE d.refobjid IN ('survey_responses'::regclass, 'survey_participations'::regclass)`,
    );
    expect(sequences).toEqual([]);
    const participationColumns = await app.sql<{ column_name: string; data_type: string }>(
      `SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'survey_participations'`,
    );
    expect(participationColumns.filter((column) => /time|interval/.test(column.data_type))).toEqual([]);
  });

  it('gives responses random (v4) ids, one shared inserting transaction and an order unrelated to the answering order', async () => {
    const rows = await app.sql<{ id: string; xmin: string; ctid: string; scale: number; answers: any }>(
      `SELECT id, xmin::text AS xmin, ctid::text AS ctid, (answers -> 'q-scale' ->> 'value')::int AS scale, answers FROM survey_responses WHERE survey_id = $1`,
      [surveyId],
    );
    expect(rows).toHaveLength(RESPONDENTS);
    for (const row of rows) expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // Every row was (re)written by the last answering transaction: xmin says nothing about who came when.
    expect(new Set(rows.map((row) => row.xmin)).size).toBe(1);
    const answeringOrder = people.map((person) => person.marker);
    const markerOf = (row: { answers: any }) => row.answers['q-free'].text as string;
    const ctidKey = (ctid: string) => ctid.replace(/[()]/g, '').split(',').map(Number) as [number, number];
    const orderings: Record<string, string[]> = {
      id: [...rows].sort((a, b) => a.id.localeCompare(b.id)).map(markerOf),
      ctid: [...rows]
        .sort((a, b) => {
          const [pageA, itemA] = ctidKey(a.ctid);
          const [pageB, itemB] = ctidKey(b.ctid);
          return pageA - pageB || itemA - itemB;
        })
        .map(markerOf),
      unordered: (await app.sql<{ answers: any }>('SELECT answers FROM survey_responses WHERE survey_id = $1', [surveyId])).map(markerOf),
    };
    // With 8 answers a random permutation matches the answering order (or its reverse) with p = 2/8! per ordering.
    for (const [column, order] of Object.entries(orderings)) {
      expect({ column, matches: order.join() === answeringOrder.join() || order.join() === [...answeringOrder].reverse().join() }).toEqual({
        column,
        matches: false,
      });
    }
  });

  it('leaves no answer content and no response id in any other table of any schema (audit, outbox, pg-boss included)', async () => {
    const responseIds = (await app.sql<{ id: string }>('SELECT id FROM survey_responses')).map((row) => row.id);
    const tables = await app.sql<{ schema: string; name: string }>(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
       WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    expect(tables.map((table) => table.schema)).toContain('pgboss');
    expect(tables.map((table) => table.name)).toEqual(expect.arrayContaining(['audit_events', 'survey_participations']));
    const needles = [...responseIds, ...people.map((person) => person.marker)];
    const found: string[] = [];
    for (const table of tables) {
      if (table.schema === 'public' && table.name === 'survey_responses') continue;
      const [{ text }] = await app.sql<{ text: string | null }>(
        `SELECT string_agg(t::text, E'\\n') AS text FROM "${table.schema}"."${table.name}" t`,
      );
      for (const needle of needles) if (text?.includes(needle)) found.push(`${table.schema}.${table.name}: ${needle}`);
    }
    expect(found).toEqual([]);
    // The audit trail has no entry for answering at all.
    const audit = await app.sql(
      `SELECT action FROM audit_events WHERE action LIKE 'participation.survey.%' AND action NOT IN ('participation.survey.published')`,
    );
    expect(audit).toEqual([]);
  });

  it('never sends a statement with both an account and an answer, and never reads a response id back', async () => {
    expect(statements.length).toBeGreaterThan(0);
    const responseIds = (await app.sql<{ id: string }>('SELECT id FROM survey_responses')).map((row) => row.id);
    for (const { query, parameters } of statements) {
      const text = `${query} ${parameters}`;
      const accounts = people.filter((person) => text.includes(person.accountId));
      const answers = people.filter((person) => text.includes(person.marker));
      expect(accounts.length === 0 || answers.length === 0).toBe(true);
      for (const id of responseIds) expect(text.includes(id)).toBe(false);
    }
  });

  it('still counts every answer', async () => {
    const staff = await communicationStaff(app);
    const results = await graphql<any>(app, SURVEY_RESULTS, { id: surveyId }, { token: staff.token });
    expect(results.data.surveyResults.respondents).toBe(RESPONDENTS);
    const scale = results.data.surveyResults.questions.find((question: any) => question.questionId === 'q-scale');
    expect(scale.distribution.reduce((sum: number, bucket: any) => sum + bucket.count, 0)).toBe(RESPONDENTS);
    expect(new Set(results.data.surveyResults.questions.find((question: any) => question.questionId === 'q-free').freeTexts)).toEqual(
      new Set(people.map((person) => person.marker)),
    );
  });
});
