import { luhnCheckDigit } from '../src/cards/card-number.js';
import { accountWithRoles, signedInAccount } from './support/accounts.js';
import { grantResidency } from './support/cards.js';
import { graphql } from './support/graphql.js';
import { countedStatements } from './support/statements.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * No N+1 anywhere (issue 19): every staff list and every resident's page, read as a page of 100
 * items, takes at most BUDGET statements (and as many as a page of 10 where the list pages). The
 * items are seeded with SQL in bulk; each test names what its statements are.
 */
const BUDGET = 5;

type Person = Awaited<ReturnType<typeof signedInAccount>>;

describe('statements per page: at most 5 for 100 items, every list', () => {
  let app: TestApp;
  let economicDevelopment: Person;
  let admin: Person;
  let resident: Person;
  let residentId: string;
  let adminId: string;

  beforeAll(async () => {
    app = await createTestApp({ JOBS_WORKERS: '0' });
    [economicDevelopment, admin, resident] = await Promise.all([
      accountWithRoles(app, ['staff_economic_development']),
      accountWithRoles(app, ['admin']),
      signedInAccount(app),
    ]);
    const ids = await app.sql<{ id: string; email: string }>('SELECT id, email FROM accounts WHERE email = ANY($1)', [
      [resident.email, admin.email],
    ]);
    residentId = ids.find((row) => row.email === resident.email)!.id;
    adminId = ids.find((row) => row.email === admin.email)!.id;
    await grantResidency(app, residentId, { categories: ['student'], district: 'bochum' });
  });

  afterAll(async () => {
    await app.close();
  });

  /** Counts `query`'s statements and checks the budget; the data for the test's own checks. */
  async function withinBudget(query: string, variables: Record<string, unknown>, token: string) {
    const counted = await countedStatements(app, query, variables, token);
    if (counted.statements.length > BUDGET) {
      const first = counted.statements.slice(0, 12).map((statement) => statement.slice(0, 160));
      throw new Error(`${counted.statements.length} statements, the first:\n${first.join('\n')}`);
    }
    return counted;
  }

  describe('onboarding journeys (staff of economic development)', () => {
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

    beforeAll(async () => {
      // 120 founders, each with a verified identity, a company (as its owner) with a representative
      // office, a trade registration, a bank account application and a certificate, and the company's journey.
      await app.sql(`
        WITH founders AS (
          INSERT INTO accounts (email, password_hash, preferred_language, email_verified_at)
          SELECT 'founder' || n || '@example.org', 'x', 'en', now() FROM generate_series(1, 120) n
          RETURNING id, email
        ), identities AS (
          INSERT INTO verified_identities (account_id, given_name, family_name, birth_date, nationality, level, method, source, source_subject, verified_at)
          SELECT id, 'Zoë', 'Founder', '1990-01-01', 'FR', 'high', 'eid', 'bulk', id::text, now() FROM founders
        ), companies AS (
          INSERT INTO companies (legal_name, legal_form, country_code, head_office_street, head_office_postcode, head_office_city,
                                 head_office_country_code, main_activity, created_by_account_id)
          SELECT 'Bulk ' || email || ' SARL', 'SARL', 'FR', 'Rue de Rivoli 1', '75001', 'Paris', 'FR', 'Consulting', id FROM founders
          RETURNING id, created_by_account_id
        ), owners AS (
          INSERT INTO company_representatives (company_id, account_id, role)
          SELECT id, created_by_account_id, 'owner' FROM companies
          RETURNING company_id, account_id
        ), journeys AS (
          INSERT INTO onboarding_journeys (company_id, account_id, last_activity_at)
          SELECT company_id, account_id, now() FROM owners
          RETURNING company_id, account_id
        )
        INSERT INTO pki_certificates (serial_hex, kind, account_id, company_id, subject_dn, pem, not_before, not_after, created_at)
        SELECT '40' || substr(md5(company_id::text), 1, 30), 'person', account_id, company_id, 'CN=Founder', 'PEM', now(), now() + interval '2 years',
               now() - make_interval(secs => row_number() OVER ())
        FROM journeys`);
    });

    it('lists 100 journeys with their steps and companies in at most 5 statements, as many as 10', async () => {
      // A first read keeps every journey's completion snapshot, so the pages below only read.
      await graphql<any>(app, JOURNEYS, { page: { first: 100 } }, { token: economicDevelopment.token });
      const hundred = await withinBudget(JOURNEYS, { page: { first: 100 } }, economicDevelopment.token);
      const ten = await withinBudget(JOURNEYS, { page: { first: 10 } }, economicDevelopment.token);
      const nodes = hundred.data.onboardingJourneys.nodes;
      expect(nodes).toHaveLength(100);
      const step = (node: any, name: string) => node.steps.find((candidate: any) => candidate.step === name);
      expect(nodes.every((node: any) => node.company.legalName.startsWith('Bulk founder') && node.steps.length === 9)).toBe(true);
      expect(nodes.every((node: any) => step(node, 'account').status === 'done' && step(node, 'account').updatedAt)).toBe(true);
      expect(nodes.every((node: any) => step(node, 'identity').status === 'done')).toBe(true);
      expect(nodes.every((node: any) => step(node, 'company').detailKey === 'companies:journey.extractMissing')).toBe(true);
      expect(nodes.every((node: any) => step(node, 'signature_certificate').status === 'done')).toBe(true);
      expect(nodes.every((node: any) => step(node, 'establishment').status === 'not_started')).toBe(true);
      expect(hundred.statements.length).toBe(ten.statements.length);
    });

    it('lists 100 companies of one representative as the companies page asks', async () => {
      await app.sql(
        `INSERT INTO company_representatives (company_id, account_id, role)
         SELECT id, $1, 'managing_director' FROM companies WHERE legal_name LIKE 'Bulk founder%' ORDER BY legal_name LIMIT 100`,
        [residentId],
      );
      // What the companies page asks (client/src/companies/operations.ts, CompanyFields).
      const COMPANIES = `{
        myCompanies {
          id legalName legalForm countryCode countryName registerName registerNumber vatId website mainActivity myRole createdAt
          headOffice { street postcode city countryCode countryName }
          vatCheck { vatId status registeredName checkedAt attempts nextAttemptAt recheckInSeconds }
        }
      }`;
      const companies = await withinBudget(COMPANIES, {}, resident.token);
      expect(companies.data.myCompanies).toHaveLength(100);
      expect(companies.data.myCompanies.every((company: any) => company.myRole === 'managing_director')).toBe(true);
    });

    it("lists 100 threads of the companies' secure mailbox for staff with their latest messages", async () => {
      await app.sql(
        `WITH threads AS (
           INSERT INTO secure_threads (company_id, subject, created_by_account_id, last_message_at, message_count)
           SELECT id, 'Frage ' || legal_name, created_by_account_id, now(), 1 FROM companies WHERE legal_name LIKE 'Bulk founder%' LIMIT 100
           RETURNING id, created_by_account_id
         )
         INSERT INTO secure_messages (thread_id, sender, author_account_id, body, signed_content, signature_der, verdict, received_at)
         SELECT id, 'company', created_by_account_id, 'Guten Tag', '\\x00', '\\x00', 'unknown_signer', now() FROM threads`,
      );
      const MAILBOX = `query($page: PageInput) {
        staffMailbox(page: $page) {
          nodes { id subject companyId companyName messageCount lastMessageAt latestMessage { id body sender sentAt verdict attachments { id } } }
          pageInfo { hasNextPage }
        }
      }`;
      const mailbox = await withinBudget(MAILBOX, { page: { first: 100 } }, economicDevelopment.token);
      expect(mailbox.data.staffMailbox.nodes).toHaveLength(100);
      expect(mailbox.data.staffMailbox.nodes.every((thread: any) => thread.companyName && thread.latestMessage.body === 'Guten Tag')).toBe(
        true,
      );
    });
  });
  it('lists 100 certificates for staff (the page and its audit entry), as many as 10', async () => {
    const CERTIFICATES = `query($page: PageInput) {
      certificates(page: $page) {
        nodes { id serialNumber subjectDn pem status notBefore notAfter revokedAt revocationReason companyId }
        pageInfo { hasNextPage endCursor }
      }
    }`;
    const hundred = await withinBudget(CERTIFICATES, { page: { first: 100 } }, economicDevelopment.token);
    const ten = await withinBudget(CERTIFICATES, { page: { first: 10 } }, economicDevelopment.token);
    expect(hundred.data.certificates.nodes).toHaveLength(100);
    expect(hundred.statements.length).toBe(ten.statements.length);
  });

  it('lists 100 venues and 100 venue applications for staff', async () => {
    await app.sql(`
      INSERT INTO venues (name, kind, address, district, opening_hours, contact)
      SELECT 'Venue ' || n, 'museum', 'Kortumstraße ' || n, 'bochum', 'Mo–Fr', 'info@example.org' FROM generate_series(1, 100) n`);
    await app.sql(`
      WITH applicants AS (
        INSERT INTO accounts (email, password_hash, preferred_language, email_verified_at)
        SELECT 'venue' || n || '@example.org', 'x', 'de', now() FROM generate_series(1, 100) n
        RETURNING id
      )
      INSERT INTO venue_applications (applicant_account_id, organisation_name, kind, address, district, contact_name, contact_email,
                                      contact_phone, categories, offers)
      SELECT id, 'Organisation ' || id, 'museum', 'Kortumstraße 1', 'bochum', 'Kim', 'kim@example.org', '+49 234 1', '{student}', '[]'::jsonb
        FROM applicants`);
    const venues = await withinBudget('{ venues { id name kind address district openingHours contact active } }', {}, admin.token);
    expect(venues.data.venues.length).toBeGreaterThanOrEqual(100);
    const APPLICATIONS = `query($page: PageInput) {
      venueApplications(page: $page) {
        nodes { id organisationName kind address district contactName contactEmail categories offers { titleDe titleEn discountPercent } status createdAt venueId }
        pageInfo { hasNextPage endCursor }
      }
    }`;
    const applications = await withinBudget(APPLICATIONS, { page: { first: 100 } }, admin.token);
    expect(applications.data.venueApplications.nodes).toHaveLength(100);
  });

  it('lists 100 payments for staff and for the payer', async () => {
    await app.sql(
      `INSERT INTO payments (id, purpose, subject_type, subject_id, payer_account_id, amount_cents, currency, status, idempotency_key, request_hash, paid_at)
       SELECT gen_random_uuid(), 'citizen_card', 'card_request', gen_random_uuid()::text, $1, 1500, 'EUR', 'succeeded', 'bulk-' || n,
              repeat('a', 64), now()
         FROM generate_series(1, 100) n`,
      [residentId],
    );
    const FIELDS =
      'nodes { id reference purpose subjectType subjectId amountCents currency status statusMessage paid paidAt receiptUrl testPayment createdAt } pageInfo { hasNextPage }';
    const staff = await withinBudget(
      `query($page: PageInput) { staffPayments(page: $page) { ${FIELDS.replace('nodes { id', 'nodes { id payerEmail')} } }`,
      { page: { first: 100 } },
      admin.token,
    );
    expect(staff.data.staffPayments.nodes).toHaveLength(100);
    expect(staff.data.staffPayments.nodes.every((node: any) => node.payerEmail === resident.email)).toBe(true);
    const mine = await withinBudget(
      `query($page: PageInput) { myPayments(page: $page) { ${FIELDS} } }`,
      { page: { first: 100 } },
      resident.token,
    );
    expect(mine.data.myPayments.nodes).toHaveLength(100);
  });

  it('lists 100 outbox e-mails for staff', async () => {
    await app.sql(`
      INSERT INTO outbox_emails (recipient, language, template, subject, text, status, attempts, sent_at)
      SELECT 'person' || n || '@example.org', 'en', 'verify_email', 'Subject ' || n, 'Text', 'sent', 1, now() FROM generate_series(1, 100) n`);
    const OUTBOX = `query($page: PageInput) {
      outboxEmails(page: $page) { nodes { id recipient template subject status attempts lastError sentAt createdAt } pageInfo { hasNextPage } }
    }`;
    const outbox = await withinBudget(OUTBOX, { page: { first: 100 } }, admin.token);
    expect(outbox.data.outboxEmails.nodes).toHaveLength(100);
  });

  it('lists 100 news articles for staff and the news feed of a resident', async () => {
    await app.sql(
      `INSERT INTO news_articles (title_de, teaser_de, body_de, topic, audience, is_public, publish_at, published_at, created_by_account_id)
       SELECT 'Meldung ' || n, 'Kurz', 'Text', 'city_life', '{"residents": true, "categories": [], "districts": [], "companies": false}', n % 2 = 0,
              now() - make_interval(mins => n), now() - make_interval(mins => n), $1
         FROM generate_series(1, 100) n`,
      [adminId],
    );
    const STAFF = `query($page: PageInput) {
      staffNewsArticles(page: $page) {
        nodes { id titleDe teaserDe topic isPublic status publishAt publishedAt updatedAt imageUrl audience { residents categories districts companies } translations { language title } }
        pageInfo { hasNextPage }
      }
    }`;
    const staff = await withinBudget(STAFF, { page: { first: 100 } }, admin.token);
    expect(staff.data.staffNewsArticles.nodes).toHaveLength(100);
    const FEED = `query($page: PageInput) {
      newsFeed(page: $page) { nodes { id title teaser topic publishedAt imageUrl isPublic } pageInfo { hasNextPage } }
    }`;
    const feed = await withinBudget(FEED, { page: { first: 100 } }, resident.token);
    expect(feed.data.newsFeed.nodes).toHaveLength(100);
  });

  it('lists 100 notifications of a resident', async () => {
    await app.sql(
      `INSERT INTO in_app_notifications (account_id, kind, params, link) SELECT $1, 'card_issued', '{}', '/card' FROM generate_series(1, 100) n`,
      [residentId],
    );
    const NOTIFICATIONS = `query($page: PageInput) {
      myNotifications(page: $page) { nodes { id kind title body link read createdAt } pageInfo { hasNextPage } }
    }`;
    const notifications = await withinBudget(NOTIFICATIONS, { page: { first: 100 } }, resident.token);
    expect(notifications.data.myNotifications.nodes).toHaveLength(100);
  });

  it('lists 100 participation events for staff and for a resident with their registrations', async () => {
    await app.sql(
      `WITH events AS (
         INSERT INTO participation_events (title_de, kind, place, starts_at, ends_at, capacity, audience, registration_deadline, status, published_at)
         SELECT 'Treffen ' || n, 'talk', 'Rathaus', now() + make_interval(days => n), now() + make_interval(days => n, hours => 2), 50,
                '{"residents": true, "categories": [], "districts": [], "companies": false}', now() + make_interval(days => n), 'published', now()
           FROM generate_series(1, 100) n
         RETURNING id
       )
       INSERT INTO participation_event_registrations (event_id, account_id, status) SELECT id, $1, 'confirmed' FROM events`,
      [residentId],
    );
    const EVENT = 'id title kind place startsAt endsAt capacity seatsTaken waitingCount status registrationDeadline';
    const staff = await withinBudget(
      `{ staffParticipationEvents { ${EVENT} checkedInCount titleDe translations { language title } } }`,
      {},
      admin.token,
    );
    expect(staff.data.staffParticipationEvents.length).toBeGreaterThanOrEqual(100);
    const mine = await withinBudget(`{ participationEvents { ${EVENT} myRegistration { id status } } }`, {}, resident.token);
    expect(mine.data.participationEvents.length).toBeGreaterThanOrEqual(100);
    expect(mine.data.participationEvents.every((event: any) => event.myRegistration?.status === 'confirmed')).toBe(true);
  });

  it('lists 100 surveys for staff and for a resident', async () => {
    await app.sql(
      `INSERT INTO surveys (status, title_de, questions, audience, opens_at, closes_at, published_at, created_by_account_id)
       SELECT 'published', 'Umfrage ' || n, '[]', '{"residents": true, "categories": [], "districts": [], "companies": false}',
              now() - interval '1 day', now() + make_interval(days => n), now(), $1
         FROM generate_series(1, 100) n`,
      [adminId],
    );
    const staff = await withinBudget(
      '{ staffSurveys { id titleDe status opensAt closesAt participants publishedAt translations { language title } } }',
      {},
      admin.token,
    );
    expect(staff.data.staffSurveys.length).toBeGreaterThanOrEqual(100);
    const mine = await withinBudget('{ mySurveys { id title { text } state opensAt closesAt } }', {}, resident.token);
    expect(mine.data.mySurveys.length).toBeGreaterThanOrEqual(100);
  });
  it("shows a resident's 100 cards with their device credentials (constant, not 2 per active card)", async () => {
    const [residency] = await app.sql<{ id: string }>('SELECT id FROM residencies WHERE account_id = $1', [residentId]);
    await app.sql(
      `WITH cards AS (
         INSERT INTO citizen_cards (number, account_id, residency_id, holder_name, categories, district, valid_from, valid_until, status)
         SELECT lpad((900000000000 + n)::text, 12, '0'), $1, $2, 'Erika Mustermann', '{student}', 'bochum', now(), now() + interval '1 year', 'active'
           FROM generate_series(1, 100) n
         RETURNING id
       )
       INSERT INTO card_credentials (card_id, kind, device_jwk, jws) SELECT id, 'device', '{}', 'jws-' || id FROM cards`,
      [residentId, residency.id],
    );
    const CARDS = `{
      myCitizenCards { id number holderName status entitlementStatus validUntil deviceCredential { id cardId credential statusListIndex } }
      myCardRequests { id status }
    }`;
    const cards = await withinBudget(CARDS, {}, resident.token);
    expect(cards.data.myCitizenCards).toHaveLength(100);
    expect(cards.data.myCitizenCards.every((card: any) => card.deviceCredential?.credential === `jws-${card.id}`)).toBe(true);
    // Nobody else sees the credentials: staff looking a card up get none.
    const [card] = await app.sql<{ id: string }>('SELECT id FROM citizen_cards WHERE account_id = $1 LIMIT 1', [residentId]);
    const number = `44123456789${luhnCheckDigit('44123456789')}`;
    await app.sql('UPDATE citizen_cards SET number = $2 WHERE id = $1', [card.id, number]);
    const looked = await graphql<any>(
      app,
      'query($n: String!) { citizenCardByNumber(number: $n) { id deviceCredential { id } } }',
      { n: number },
      { token: admin.token },
    );
    expect(looked.data.citizenCardByNumber).toEqual({ id: card.id, deviceCredential: null });
  });
  it('lists 100 cases of the back office queue with applicants, assignees, facets and their subjects', async () => {
    await app.sql(`
      WITH people AS (
        INSERT INTO accounts (email, password_hash, preferred_language)
        SELECT 'applicant' || n || '@example.org', 'x', 'en' FROM generate_series(1, 100) n
        RETURNING id
      ), applications AS (
        INSERT INTO residency_applications (account_id, category, district, status, given_name, family_name, facts, consent_given_at, submitted_at)
        SELECT id, 'student', 'bochum', 'submitted', 'Person', 'Nr', '{}', now(), now() FROM people
        RETURNING id, account_id
      )
      INSERT INTO backoffice_cases (kind, subject_id, applicant_account_id, status, due_at)
      SELECT 'residency_application', id, account_id, 'open', now() + interval '5 days' FROM applications`);
    const citizensOffice = await accountWithRoles(app, ['staff_citizens_office']);
    const CASES = `query($page: PageInput) {
      backofficeCases(page: $page) {
        nodes {
          id kind status createdAt dueAt overdue applicant { id email } assignee { id email } facets { name value }
          residencyApplication { id status } venueApplication { id status } tradeRegistration { id status }
        }
        pageInfo { hasNextPage endCursor }
      }
    }`;
    const cases = await withinBudget(CASES, { page: { first: 100 } }, citizensOffice.token);
    expect(cases.data.backofficeCases.nodes).toHaveLength(100);
    expect(cases.data.backofficeCases.nodes.every((node: any) => node.residencyApplication?.status === 'submitted')).toBe(true);
  });

  it('computes the office statistics (tables for a period) in at most 5 statements', async () => {
    const STATISTICS = `query($filter: StatisticsFilter!) {
      backofficeStatistics(filter: $filter) { key labelKind columns byDistrict rows { label values } }
    }`;
    const statistics = await withinBudget(STATISTICS, { filter: { from: '2026-01-01', to: '2026-12-31' } }, admin.token);
    expect(statistics.data.backofficeStatistics.length).toBeGreaterThan(0);
  });

  it("reads each of the account page's sections in at most 5 statements", async () => {
    for (const query of [
      '{ me { id email emailVerified preferredLanguage roles assuranceLevel createdAt } }',
      '{ myResidency { id status categories district validFrom validUntil } }',
      '{ myNewsEmailPreferences { topic mode } }',
      '{ myVenueApplications { id status organisationName createdAt } }',
      '{ myDataAccesses { action occurredAt offices reason subjectType } }',
      '{ unreadNotificationCount }',
    ]) {
      await withinBudget(query, {}, resident.token);
    }
  });
  it('lists 100 registrations of an event and its check-in list for staff', async () => {
    const [event] = await app.sql<{ id: string }>(
      `WITH event AS (
         INSERT INTO participation_events (title_de, kind, place, starts_at, ends_at, capacity, audience, registration_deadline, status, published_at)
         VALUES ('Empfang', 'reception', 'Rathaus', now() + interval '1 day', now() + interval '1 day 2 hours', 200,
                 '{"residents": true, "categories": [], "districts": [], "companies": false}', now() + interval '1 day', 'published', now())
         RETURNING id
       ), guests AS (
         INSERT INTO accounts (email, password_hash, preferred_language, email_verified_at)
         SELECT 'guest' || n || '@example.org', 'x', 'de', now() FROM generate_series(1, 100) n
         RETURNING id
       ), registrations AS (
         INSERT INTO participation_event_registrations (event_id, account_id, status) SELECT event.id, guests.id, 'confirmed' FROM event, guests
       )
       SELECT id FROM event`,
    );
    const registrations = await withinBudget(
      'query($id: ID!) { participationEventRegistrations(eventId: $id) { id eventId email status waitingPosition offerExpiresAt checkedInAt createdAt } }',
      { id: event.id },
      admin.token,
    );
    expect(registrations.data.participationEventRegistrations).toHaveLength(100);
    expect(registrations.data.participationEventRegistrations.every((row: any) => row.email?.startsWith('guest'))).toBe(true);
    const checkIn = await withinBudget(
      'query($id: ID!) { participationEventCheckInList(eventId: $id) { registrationId email checkedInAt cardIds } }',
      { id: event.id },
      admin.token,
    );
    expect(checkIn.data.participationEventCheckInList).toHaveLength(100);
  });
});
