import { countedStatements } from './support/statements.js';
import { graphql } from './support/graphql.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { accountWithRoles } from './support/accounts.js';

const LIST = `query($filter: BackofficeCaseFilter, $page: PageInput) {
  backofficeCases(filter: $filter, page: $page) {
    nodes { id kind status createdAt dueAt overdue applicant { id email } assignee { id email } facets { name value } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('back office case queue: filters, paging, and no N+1', () => {
  let app: TestApp;
  let staff: Awaited<ReturnType<typeof accountWithRoles>>;

  beforeAll(async () => {
    app = await createTestApp({ JOBS_WORKERS: '0' });
    staff = await accountWithRoles(app, ['staff_citizens_office']);
    const [colleague] = await app.sql<{ id: string }>(
      "INSERT INTO accounts (email, password_hash, preferred_language, roles) VALUES ('colleague@example.org', 'x', 'de', '{staff_citizens_office}') RETURNING id",
    );
    // 120 applicants, each with a submitted application and its case; ages 0–119 days; every third assigned.
    await app.sql(
      `
      WITH people AS (
        INSERT INTO accounts (email, password_hash, preferred_language)
        SELECT 'applicant' || n || '@example.org', 'x', 'en' FROM generate_series(1, 120) n
        RETURNING id, email
      ), numbered AS (
        SELECT id, substring(email from 'applicant([0-9]+)@')::int AS n FROM people
      ), applications AS (
        INSERT INTO residency_applications (account_id, category, district, status, given_name, family_name, facts, consent_given_at, submitted_at)
        SELECT id, (ARRAY['student','commuter','second_home','former_resident'])[1 + n % 4]::residency_application_category,
               (ARRAY['bochum','wattenscheid'])[1 + n % 2]::residency_application_district, 'submitted', 'Person', 'Nr' || n, '{}', now(), now()
        FROM numbered
        RETURNING id, account_id
      )
      INSERT INTO backoffice_cases (kind, subject_id, applicant_account_id, status, assignee_account_id, due_at, created_at)
      SELECT 'residency_application', a.id, a.account_id, CASE WHEN n.n % 10 = 0 THEN 'waiting_for_applicant' ELSE 'open' END::backoffice_case_status,
             CASE WHEN n.n % 3 = 0 THEN $1::uuid END, now() + interval '5 days' - make_interval(days => n.n), now() - make_interval(days => n.n)
      FROM applications a JOIN numbered n ON n.id = a.account_id`,
      [colleague.id],
    );
  });

  afterAll(async () => {
    await app.close();
  });

  it('lists 100 cases with applicants, assignees and facets in at most 3 SQL queries', async () => {
    // Only the list request's own statements (its session check warmed; jobs running meanwhile not counted).
    const { data, statements: queries } = await countedStatements(app, LIST, { page: { first: 100 } }, staff.token);
    const nodes = data.backofficeCases.nodes;
    expect(nodes).toHaveLength(100);
    expect(nodes.every((node: any) => node.applicant.email.startsWith('applicant') && node.facets.length === 2)).toBe(true);
    expect(nodes.filter((node: any) => node.assignee?.email === 'colleague@example.org').length).toBeGreaterThan(30);
    expect(queries.length).toBeLessThanOrEqual(3);
  });

  it('pages with cursors, oldest first, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const response: any = await graphql<any>(app, LIST, { page: { first: 25, after } }, { token: staff.token });
      const { nodes, pageInfo } = response.data.backofficeCases;
      seen.push(...nodes.map((node: { id: string }) => node.id));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
    const first = await graphql<any>(app, LIST, { page: { first: 2 } }, { token: staff.token });
    const [older, newer] = first.data.backofficeCases.nodes;
    expect(new Date(older.createdAt).getTime()).toBeLessThan(new Date(newer.createdAt).getTime());
    expect(older.overdue).toBe(true);
  });

  it('filters by kind, status, age and assignee', async () => {
    const count = async (filter: Record<string, unknown>) => {
      const response = await graphql<any>(app, LIST, { filter, page: { first: 100 } }, { token: staff.token });
      if (!response.data) throw new Error(JSON.stringify(response.errors));
      return response.data.backofficeCases.nodes.length as number;
    };
    expect(await count({ status: 'waiting_for_applicant' })).toBe(12);
    expect(await count({ kind: 'residency_application', status: 'open', olderThanDays: 100 })).toBe(18);
    expect(await count({ newerThanDays: 10 })).toBe(9);
    expect(await count({ assignee: 'unassigned', olderThanDays: 60, newerThanDays: 90 })).toBe(20);
    expect(await count({ assignee: 'me' })).toBe(0);
    const bad = await graphql<any>(app, LIST, { filter: { olderThanDays: -1 } }, { token: staff.token });
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
