import { randomUUID } from 'node:crypto';
import { RequestContext } from '../src/common/context/request-context.js';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { accountWithRoles } from './support/accounts.js';
import { graphql } from './support/graphql.js';
import { getBinary } from './support/payments.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const STATISTICS = `query($filter: StatisticsFilter!) {
  backofficeStatistics(filter: $filter) { key labelKind columns byDistrict rows { label values } }
}`;
const SPRING = { from: '2026-03-01', to: '2026-04-30' };
type Table = {
  key: string;
  labelKind: string;
  columns: string[];
  byDistrict: boolean;
  rows: { label: string; values: (number | null)[] }[];
};
type Staff = Awaited<ReturnType<typeof accountWithRoles>>;

async function workbookOf(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer);
  return workbook;
}

/** A Berlin wall-clock time in spring 2026 (summer time from 29 March). */
const berlin = (day: string, time = '12:00') => `${day} ${time} Europe/Berlin`;

describe('back office statistics and exports (e2e)', () => {
  let app: TestApp;
  let citizensOffice: Staff;
  let economicDevelopment: Staff;
  let communication: Staff;
  let admin: Staff;

  beforeAll(async () => {
    app = await createTestApp({ JOBS_WORKERS: '0' });
    [citizensOffice, economicDevelopment, communication, admin] = await Promise.all([
      accountWithRoles(app, ['staff_citizens_office'], 'de'),
      accountWithRoles(app, ['staff_economic_development']),
      accountWithRoles(app, ['staff_communication']),
      accountWithRoles(app, ['admin']),
    ]);
    const people = await app.sql<{ id: string }>(
      `INSERT INTO accounts (email, password_hash, preferred_language)
       SELECT 'stats' || n || '@example.org', 'x', 'en' FROM generate_series(1, 6) n ORDER BY n RETURNING id`,
    );
    const id = (n: number) => people[n]!.id;
    // Residency: decided after 2 h (rules), 10 h (staff) and 30 h (rejected); one open, one with a question; one draft.
    const application = (
      account: string,
      district: string,
      status: string,
      submitted: string | null,
      hours: number | null,
      automatic = false,
    ) =>
      app.sql(
        `INSERT INTO residency_applications (account_id, category, district, status, given_name, family_name, facts, consent_given_at,
                                             submitted_at, decided_at, decided_automatically)
         VALUES ($1, 'student', $2, $3, 'P', 'Q', '{}', now(), $4::timestamptz, $4::timestamptz + make_interval(hours => $5), $6)`,
        [account, district, status, submitted, hours, automatic],
      );
    await application(id(0), 'bochum', 'approved', berlin('2026-03-02', '10:00'), 2, true);
    await application(id(1), 'bochum', 'approved', berlin('2026-03-10'), 10);
    await application(id(2), 'wattenscheid', 'rejected', berlin('2026-04-06'), 30);
    await application(id(3), 'bochum', 'submitted', berlin('2026-04-07'), null);
    await application(id(4), 'wattenscheid', 'info_requested', berlin('2026-04-08'), null);
    await application(id(5), 'bochum', 'draft', null, null);
    // Cards: one issued in March (active), one in April (suspended), one before the period (revoked).
    for (const [n, status, created, district] of [
      [0, 'active', '2026-03-05', 'bochum'],
      [1, 'suspended', '2026-04-10', 'wattenscheid'],
      [2, 'revoked', '2025-12-01', 'bochum'],
    ] as const) {
      await app.sql(
        `INSERT INTO citizen_cards (number, account_id, residency_id, holder_name, categories, district, valid_from, valid_until, status, created_at)
         VALUES ($1, $2, gen_random_uuid(), 'P Q', '{student}', $3, now(), now() + interval '1 year', $4, $5::timestamptz)`,
        [`STATS0000${n}AB`.slice(0, 12), id(n), district, status, berlin(created)],
      );
    }
    // Venues: the pool with three checks (two granted) in March, the museum with one refused in April, one check after the period.
    const [pool] = await app.sql<{ id: string }>(
      "INSERT INTO venues (name, kind, address, district) VALUES ('Stats-Bad', 'pool', 'Weg 1', 'bochum') RETURNING id",
    );
    const [museum] = await app.sql<{ id: string }>(
      "INSERT INTO venues (name, kind, address, district) VALUES ('Stats-Museum', 'museum', 'Weg 2', 'bochum') RETURNING id",
    );
    const [offer] = await app.sql<{ id: string }>(
      `INSERT INTO offers (venue_id, title_de, title_en, categories, valid_from) VALUES ($1, 'Schwimmen', 'Swimming', '{student}', '2026-01-01') RETURNING id`,
      [pool!.id],
    );
    const check = (venue: string, offerId: string | null, valid: boolean, at: string) =>
      app.sql(
        `INSERT INTO venue_verifications (id, venue_id, offer_id, channel, valid, eligible, verified_at) VALUES (gen_random_uuid(), $1, $2, 'app', $3, $3, $4::timestamptz)`,
        [venue, offerId, valid, at],
      );
    await check(pool!.id, offer!.id, true, berlin('2026-03-05', '09:00'));
    await check(pool!.id, offer!.id, true, berlin('2026-03-05', '10:00'));
    await check(pool!.id, null, false, berlin('2026-03-06'));
    await check(museum!.id, null, false, berlin('2026-04-02'));
    await check(museum!.id, null, true, berlin('2026-05-02'));
    // Companies: one journey completed after 40 active minutes, one left in April (stuck); their trade registrations.
    const companies = await app.sql<{ id: string }>(
      `INSERT INTO companies (legal_name, legal_form, country_code, head_office_street, head_office_postcode, head_office_city,
                              head_office_country_code, main_activity, created_by_account_id)
       SELECT 'Stats ' || n, 'SARL', 'FR', 'Rue 1', '75001', 'Paris', 'FR', 'Consulting', $1 FROM generate_series(1, 2) n ORDER BY n RETURNING id`,
      [id(0)],
    );
    await app.sql(
      `INSERT INTO onboarding_journeys (company_id, account_id, active_seconds, pre_company_seconds, last_activity_at, completed_at, started_at)
       VALUES ($1, $3, 1800, 600, $4::timestamptz, $4::timestamptz, $5::timestamptz), ($2, $3, 60, NULL, $6::timestamptz, NULL, $6::timestamptz)`,
      [companies[0]!.id, companies[1]!.id, id(0), berlin('2026-03-20'), berlin('2026-03-03'), berlin('2026-04-01')],
    );
    for (const [n, status, submitted, decidedHours] of [
      [0, 'registered', '2026-03-04', 24],
      [1, 'paid', '2026-04-03', null],
    ] as const) {
      const [establishment] = await app.sql<{ id: string }>(
        "INSERT INTO establishments (company_id, kind) VALUES ($1, 'branch') RETURNING id",
        [companies[n]!.id],
      );
      await app.sql(
        `INSERT INTO trade_registrations (company_id, establishment_id, created_by_account_id, status, submitted_at, decided_at)
         VALUES ($1, $2, $3, $4, $5::timestamptz, $5::timestamptz + make_interval(hours => $6))`,
        [companies[n]!.id, establishment!.id, id(0), status, berlin(submitted), decidedHours],
      );
    }
    // Participation: an event in March with two confirmed (one attended) and one waiting.
    const [event] = await app.sql<{ id: string }>(
      `INSERT INTO participation_events (title_de, kind, place, starts_at, ends_at, capacity, audience, registration_deadline, status)
       VALUES ('Stadtspaziergang', 'city_walk', 'Rathaus', $1::timestamptz, $1::timestamptz + interval '2 hours', 2, '{}', $1::timestamptz, 'published') RETURNING id`,
      [berlin('2026-03-15')],
    );
    await app.sql(
      `INSERT INTO participation_event_registrations (event_id, account_id, status, checked_in_at)
       VALUES ($1, $2, 'confirmed', now()), ($1, $3, 'confirmed', NULL), ($1, $4, 'waiting', NULL)`,
      [event!.id, id(0), id(1), id(2)],
    );
  });

  afterAll(async () => {
    await app.close();
  });

  async function tables(staff: Staff, filter: Record<string, unknown> = SPRING): Promise<Table[]> {
    const response = await graphql<{ backofficeStatistics: Table[] }>(app, STATISTICS, { filter }, { token: staff.token });
    expect(response.errors).toBeUndefined();
    return response.data!.backofficeStatistics;
  }
  const find = (all: Table[], key: string) => all.find((table) => table.key === key)!;

  it('computes each office’s figures exactly, over time by month, for the period', async () => {
    const citizens = await tables(citizensOffice);
    expect(find(citizens, 'residency.applications')).toEqual({
      key: 'residency.applications',
      labelKind: 'period',
      columns: ['submitted', 'info_requested', 'approved', 'rejected'],
      byDistrict: true,
      rows: [
        { label: '2026-03-01', values: [0, 0, 2, 0] },
        { label: '2026-04-01', values: [1, 1, 0, 1] },
      ],
    });
    expect(find(citizens, 'residency.decisions').rows).toEqual([
      { label: 'approvedAutomatically', values: [1, 33.3] },
      { label: 'approvedByStaff', values: [1, 33.3] },
      { label: 'rejected', values: [1, 33.3] },
    ]);
    // Median and 90th percentile (percentile_cont) of 2, 10 and 30 hours.
    expect(find(citizens, 'residency.decisionTimes').rows).toEqual([
      { label: 'median', values: [10] },
      { label: 'p90', values: [26] },
    ]);
    expect(find(citizens, 'cards.byStatus').rows).toEqual([
      { label: 'active', values: [1, 1] },
      { label: 'suspended', values: [1, 1] },
      { label: 'revoked', values: [0, 1] },
      { label: 'expired', values: [0, 0] },
      { label: 'replaced', values: [0, 0] },
    ]);
    expect(find(citizens, 'venues.byVenue').rows).toEqual([
      { label: 'Stats-Bad', values: [3, 2] },
      { label: 'Stats-Museum', values: [1, 0] },
    ]);
    expect(find(citizens, 'venues.byOffer').rows).toEqual([
      { label: '', values: [2, 0] },
      { label: 'Schwimmen', values: [2, 2] },
    ]);
    expect(find(citizens, 'venues.byDay').rows).toEqual([
      { label: '2026-03-05', values: [2, 2] },
      { label: '2026-03-06', values: [1, 0] },
      { label: '2026-04-02', values: [1, 0] },
    ]);

    const economic = await tables(economicDevelopment);
    expect(find(economic, 'companies.journeys').rows).toEqual([
      { label: 'started', values: [2] },
      { label: 'completed', values: [1] },
      { label: 'stuck', values: [1] },
    ]);
    expect(find(economic, 'companies.journeyTimes').rows).toEqual([{ label: 'median', values: [40] }]);
    expect(find(economic, 'trade-registration.applications').rows).toEqual([
      { label: '2026-03-01', values: [0, 0, 0, 1, 0] },
      { label: '2026-04-01', values: [0, 1, 0, 0, 0] },
    ]);
    expect(find(economic, 'trade-registration.decisionTimes').rows).toEqual([
      { label: 'median', values: [24] },
      { label: 'p90', values: [24] },
    ]);

    const participation = await tables(communication);
    expect(find(participation, 'participation.events').rows).toEqual([{ label: 'Stadtspaziergang', values: [2, 1, 0, 1] }]);
    expect(find(participation, 'participation.surveys').rows).toEqual([]);
  });

  it('narrows by district where the domain records one, and buckets by week', async () => {
    const bochum = await tables(citizensOffice, { ...SPRING, district: 'bochum', interval: 'week' });
    expect(find(bochum, 'residency.applications').rows).toEqual([
      { label: '2026-03-02', values: [0, 0, 1, 0] },
      { label: '2026-03-09', values: [0, 0, 1, 0] },
      { label: '2026-04-06', values: [1, 0, 0, 0] },
    ]);
    expect(find(bochum, 'residency.decisions').rows.map((row) => row.values)).toEqual([
      [1, 50],
      [1, 50],
      [0, 0],
    ]);
    expect(find(bochum, 'cards.byStatus').rows.slice(0, 3)).toEqual([
      { label: 'active', values: [1, 1] },
      { label: 'suspended', values: [0, 0] },
      { label: 'revoked', values: [0, 1] },
    ]);
    expect(find(bochum, 'venues.byVenue').byDistrict).toBe(false);
  });

  it('shows each office only its own figures; admins all; others none', async () => {
    const sections = async (staff: Staff) => [...new Set((await tables(staff)).map((table) => table.key.split('.')[0]))].sort();
    expect(await sections(citizensOffice)).toEqual(['cards', 'residency', 'venues']);
    expect(await sections(economicDevelopment)).toEqual(['companies', 'trade-registration']);
    expect(await sections(communication)).toEqual(['participation']);
    expect(await sections(admin)).toEqual(['cards', 'companies', 'participation', 'residency', 'trade-registration', 'venues']);
    for (const roles of [['resident'], ['venue_operator'], ['company_rep']]) {
      const other = await accountWithRoles(app, roles);
      const response = await graphql(app, STATISTICS, { filter: SPRING }, { token: other.token });
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await getBinary(app, '/api/backoffice/statistics/export.csv?from=2026-03-01&to=2026-04-30', other.token)).status).toBe(403);
      expect((await getBinary(app, '/api/backoffice/cases/export.csv', other.token)).status).toBe(403);
    }
    expect((await getBinary(app, '/api/backoffice/statistics/export.csv?from=2026-03-01&to=2026-04-30')).status).toBe(401);
    // Communication staff work no cases: no case export.
    expect((await getBinary(app, '/api/backoffice/cases/export.csv', communication.token)).status).toBe(403);
  });

  it('refuses a period that ends before it starts, an impossible day and an unknown district, with a clear 4xx', async () => {
    const ask = (filter: Record<string, unknown>) => graphql(app, STATISTICS, { filter }, { token: admin.token });
    const backwards = await ask({ from: '2026-04-30', to: '2026-03-01' });
    expect(backwards.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(backwards.errors?.[0]?.message).toBe(
      'Please choose a period whose end is not before its start and that spans at most three years.',
    );
    expect((await ask({ from: '2026-02-30', to: '2026-03-01' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await ask({ from: '2020-01-01', to: '2026-03-01' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await ask({ ...SPRING, district: 'herne' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const rest = await getBinary(app, '/api/backoffice/statistics/export.csv?from=2026-04-30&to=nope', admin.token);
    expect(rest.status).toBe(400);
    expect((await getBinary(app, '/api/backoffice/statistics/export.pdf?from=2026-03-01&to=2026-04-30', admin.token)).status).toBe(400);
  });

  it('exports the statistics as German CSV (BOM, semicolons, translated headers) with the page’s numbers', async () => {
    const response = await getBinary(app, '/api/backoffice/statistics/export.csv?from=2026-03-01&to=2026-04-30', citizensOffice.token);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const body = response.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.toString('utf8').slice(1).split('\r\n');
    const section = (title: string) => lines.slice(lines.indexOf(`"${title}"`) + 1, lines.indexOf('', lines.indexOf(`"${title}"`)));
    expect(section('Anträge nach Status')).toEqual([
      '"Monat";"Offen";"Rückfrage gestellt";"Bewilligt";"Abgelehnt"',
      '"März 2026";0;0;2;0',
      '"April 2026";1;1;0;1',
    ]);
    expect(section('Entscheidungen')).toEqual([
      '"Entscheidung";"Anzahl";"Anteil in %"',
      '"Nach Regeln bewilligt";1;"33,3"',
      '"Von Mitarbeitenden bewilligt";1;"33,3"',
      '"Abgelehnt";1;"33,3"',
    ]);
    expect(section('Dauer bis zur Entscheidung')).toEqual(['"Kennzahl";"Stunden"', '"Median";10', '"90. Perzentil";26']);
    expect(section('Kartenprüfungen nach Tag')[1]).toBe('"05.03.2026";2;2');
  });

  it('exports the statistics as XLSX, one sheet per table, holding the same numbers as the GraphQL answer', async () => {
    const response = await getBinary(app, '/api/backoffice/statistics/export.xlsx?from=2026-03-01&to=2026-04-30', admin.token);
    expect(response.status).toBe(200);
    const workbook = await workbookOf(response.body as Buffer);
    const all = await tables(admin);
    expect(workbook.worksheets).toHaveLength(all.length);
    all.forEach((table, index) => {
      const sheet = workbook.worksheets[index]!;
      expect(sheet.rowCount).toBe(table.rows.length + 1);
      table.rows.forEach((row, rowIndex) => {
        const cells = (sheet.getRow(rowIndex + 2).values as unknown[]).slice(2);
        expect(cells.map((cell) => cell ?? null)).toEqual(row.values);
      });
    });
    expect(workbook.worksheets[0]!.getRow(1).values).toEqual([undefined, 'Month', 'Open', 'Question asked', 'Approved', 'Rejected']);
  });

  describe('case export', () => {
    beforeAll(async () => {
      await app.sql(`
        WITH people AS (
          INSERT INTO accounts (email, password_hash, preferred_language)
          SELECT 'export' || n || '@example.org', 'x', 'en' FROM generate_series(1, 120) n RETURNING id
        ), applications AS (
          INSERT INTO residency_applications (account_id, category, district, status, given_name, family_name, facts, consent_given_at, submitted_at)
          SELECT id, 'student', 'bochum', 'submitted', 'P', 'Q', '{}', now(), now() FROM people RETURNING id, account_id
        )
        INSERT INTO backoffice_cases (kind, subject_id, applicant_account_id, status, due_at, created_at)
        SELECT 'residency_application', id, account_id, 'open', now() + interval '10 days', now() - make_interval(secs => row_number() OVER ()) FROM applications`);
    });

    /** The export's response and the statements of that request only (by its correlation id; not of jobs meanwhile). */
    async function counted(path: string, token: string) {
      const dataSource = app.app.get(DataSource);
      const requestContext = app.app.get(RequestContext);
      await getBinary(app, path, token);
      const statements: string[] = [];
      const correlationId = `counted-${randomUUID()}`;
      const logger = dataSource.logger;
      const original = logger.logQuery.bind(logger);
      logger.logQuery = (statement, parameters, runner) => {
        if (requestContext.correlationId === correlationId) statements.push(statement);
        return original(statement, parameters, runner);
      };
      try {
        return { response: await getBinary(app, path, token).set('x-correlation-id', correlationId), statements };
      } finally {
        logger.logQuery = original;
      }
    }

    it('exports a page of 100 cases in at most 3 statements, translated, as CSV and XLSX, the same cases as the queue', async () => {
      const { response, statements } = await counted('/api/backoffice/cases/export.csv?status=open&first=100', citizensOffice.token);
      expect(response.status).toBe(200);
      expect(statements.length).toBeLessThanOrEqual(3);
      const lines = (response.body as Buffer).toString('utf8').slice(1).trimEnd().split('\r\n');
      expect(lines[0]).toBe('"Fallnummer";"Art";"Status";"Entscheidung";"Eingegangen";"Fällig";"Überfällig";"Entschieden am"');
      expect(lines).toHaveLength(101);
      const queue = await graphql<any>(
        app,
        'query { backofficeCases(filter: { status: open }, page: { first: 100 }) { nodes { id } } }',
        {},
        { token: citizensOffice.token },
      );
      expect(lines.slice(1).map((line) => JSON.parse(line.split(';')[0]!))).toEqual(
        queue.data.backofficeCases.nodes.map((node: { id: string }) => node.id),
      );
      expect(lines[1]).toMatch(
        /^"[0-9a-f-]{36}";"Virtuelle Einwohnerschaft";"Offen";;"\d{2}\.\d{2}\.\d{4}";"\d{2}\.\d{2}\.\d{4}";"nein";$/,
      );

      const xlsx = await getBinary(app, '/api/backoffice/cases/export.xlsx?status=open&first=100', economicDevelopment.token);
      const workbook = await workbookOf(xlsx.body as Buffer);
      // Economic development decides no residency cases: none of them in its export.
      expect(workbook.worksheets[0]!.rowCount).toBe(1);
      expect(workbook.worksheets[0]!.getRow(1).getCell(1).value).toBe('Case number');
    });

    it('refuses a kind the caller may not see and a malformed page', async () => {
      expect((await getBinary(app, '/api/backoffice/cases/export.csv?kind=residency_application', economicDevelopment.token)).status).toBe(
        403,
      );
      expect((await getBinary(app, '/api/backoffice/cases/export.csv?first=5000', citizensOffice.token)).status).toBe(400);
      expect((await getBinary(app, '/api/backoffice/cases/export.csv?after=nonsense', citizensOffice.token)).status).toBe(400);
      expect((await getBinary(app, '/api/backoffice/cases/export.csv?sort=id', citizensOffice.token)).status).toBe(400);
    });
  });

  it('lists the case kinds the caller may see, for the queue filter', async () => {
    const kinds = async (staff: Staff) =>
      (await graphql<{ backofficeCaseKinds: string[] }>(app, '{ backofficeCaseKinds }', {}, { token: staff.token })).data!
        .backofficeCaseKinds;
    expect(await kinds(admin)).toEqual(expect.arrayContaining(['residency_application', 'trade_registration']));
    expect(await kinds(economicDevelopment)).toContain('trade_registration');
    expect(await kinds(economicDevelopment)).not.toContain('residency_application');
  });
});
