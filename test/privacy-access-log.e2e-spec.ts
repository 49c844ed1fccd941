import { countedStatements } from './support/statements.js';
import { graphql } from './support/graphql.js';
import { accountWithRoles } from './support/accounts.js';
import { person } from './support/payments.js';
import { residentWithCardAndPayment } from './support/privacy.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const MY_DATA_ACCESSES = '{ myDataAccesses { occurredAt action subjectType offices reason } }';
const RECORDS = '{ recordsOfProcessing { key legalBasis dataCategories subjects recipients retention { amount unit from } } }';
const STATEMENT_BUDGET = 22;
const LOOK_UP = 'query($n: String!) { citizenCardByNumber(number: $n) { id } }';

/** Issue 17, item 7: "who looked at my data" from the audit trail, and the staff's records of processing (Art. 30). */
describe('privacy: who looked at my data, records of processing', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  /** Runs `query` and returns its result and the SQL statements of that request only (not of jobs meanwhile). */
  async function counted(query: string, token: string) {
    return countedStatements(app, query, {}, token);
  }

  it('shows the owner which office looked at their card, when, and never who by name; others see nothing of it', async () => {
    const resident = await residentWithCardAndPayment(app);
    expect((await graphql<any>(app, MY_DATA_ACCESSES, {}, { token: resident.token })).data.myDataAccesses).toEqual([]);
    const staff = await accountWithRoles(app, ['staff_citizens_office']);
    const [{ number }] = await app.sql<{ number: string }>('SELECT number FROM citizen_cards WHERE id = $1', [resident.cardId]);
    expect((await graphql(app, LOOK_UP, { n: number }, { token: staff.token })).errors).toBeUndefined();

    const accesses = (await graphql<any>(app, MY_DATA_ACCESSES, {}, { token: resident.token })).data.myDataAccesses;
    expect(accesses).toEqual([
      expect.objectContaining({ action: 'card.looked_up', subjectType: 'citizen_card', offices: ['staff_citizens_office'] }),
    ]);
    expect(JSON.stringify(accesses)).not.toContain(String(staff.account.id));

    // One read per personal data source, the audit query and the offices: fixed, however many accesses there are.
    const once = await counted(MY_DATA_ACCESSES, resident.token);
    for (let look = 0; look < 5; look += 1) await graphql(app, LOOK_UP, { n: number }, { token: staff.token });
    const sixTimes = await counted(MY_DATA_ACCESSES, resident.token);
    expect(sixTimes.data.myDataAccesses).toHaveLength(6);
    expect(sixTimes.statements.length).toBe(once.statements.length);
    expect(once.statements.length).toBeLessThanOrEqual(STATEMENT_BUDGET);

    const stranger = await person(app);
    expect((await graphql<any>(app, MY_DATA_ACCESSES, {}, { token: stranger.token })).data.myDataAccesses).toEqual([]);
    expect((await graphql(app, MY_DATA_ACCESSES)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('gives staff the records of processing with the configured periods, and refuses everyone else', async () => {
    const staff = await accountWithRoles(app, ['staff_economic_development']);
    const records = (await graphql<any>(app, RECORDS, {}, { token: staff.token })).data.recordsOfProcessing;
    expect(records.find((activity: any) => activity.key === 'payments').retention).toEqual({ amount: 10, unit: 'years', from: 'payment' });
    expect(records.find((activity: any) => activity.key === 'evidence').retention).toEqual({ amount: 180, unit: 'days', from: 'decision' });
    const resident = await person(app);
    expect((await graphql(app, RECORDS, {}, { token: resident.token })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await graphql(app, RECORDS)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
