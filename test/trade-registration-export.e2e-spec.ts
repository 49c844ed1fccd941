import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import { accountWithRoles, signedInAccount } from './support/accounts.js';
import { createCompanyForTest, createEstablishmentForTest } from './support/companies.js';
import { graphql } from './support/graphql.js';
import { verifyIdentityForTest } from './support/identity-verification.js';
import { getBinary, jobsSettled } from './support/payments.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import {
  payTradeRegistrationForTest,
  registerTradeRegistrationForTest,
  submitTradeRegistrationForTest,
  tradeRegistrationCaseId,
} from './support/trade-registration.js';

const schema = JSON.parse(readFileSync(path.resolve('docs/trade-registration-export.schema.json'), 'utf8'));
const CASE_EXPORT = 'query($id: ID!) { backofficeCase(id: $id) { id tradeRegistrationExportUrl } }';

async function representative(app: TestApp) {
  const person = await signedInAccount(app, undefined, undefined, 'en');
  await verifyIdentityForTest(app, String(person.account.id), 'substantial');
  const { companyId } = await createCompanyForTest(app, person.token);
  const { establishmentId } = await createEstablishmentForTest(app, person.token, companyId);
  return { token: person.token, companyId, establishmentId };
}

const json = (response: { body: Buffer }) => JSON.parse(response.body.toString('utf8'));

describe('trade registration export for the receiving bodies (e2e)', () => {
  let app: TestApp;
  let staff: { token: string };

  beforeAll(async () => {
    app = await createTestApp({ JOBS_POLLING_INTERVAL_SECONDS: '0.5' });
    staff = await accountWithRoles(app, ['staff_economic_development']);
  });

  afterAll(async () => {
    await jobsSettled(app);
    await app.close();
  });

  it('a registered trade downloads as a message valid against the documented schema; only deciding staff get it', async () => {
    const rep = await representative(app);
    const { tradeRegistrationId: id } = await submitTradeRegistrationForTest(app, rep.token, rep.companyId, rep.establishmentId);
    const url = `/api/trade-registrations/${id}/export.json`;

    // Before the office registers it there is nothing to hand on.
    await payTradeRegistrationForTest(app, rep.token, id);
    const caseId = await tradeRegistrationCaseId(app, id);
    const early = await getBinary(app, url, staff.token);
    expect(early.status).toBe(409);
    expect(json(early).error).toMatchObject({
      code: 'CONFLICT',
      reason: 'TRADE_REGISTRATION_STATUS',
      message: 'The export for the receiving bodies is available once the trade is registered.',
    });
    expect(
      (await graphql<any>(app, CASE_EXPORT, { id: caseId }, { token: staff.token })).data.backofficeCase.tradeRegistrationExportUrl,
    ).toBeNull();

    const { registrationNumber } = await registerTradeRegistrationForTest(app, staff.token, id);
    expect(
      (await graphql<any>(app, CASE_EXPORT, { id: caseId }, { token: staff.token })).data.backofficeCase.tradeRegistrationExportUrl,
    ).toBe(url);
    const response = await getBinary(app, url, staff.token);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="gewerbeanzeige-${registrationNumber}.json"`);
    const message = json(response);

    const ajv = new Ajv({ allErrors: true, strict: true });
    ajvFormats.default(ajv);
    const validate = ajv.compile(schema);
    const valid = validate(message);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(message).toMatchObject({
      format: 'bochum-eresidency/gewerbeanzeige-export',
      angelehntAn: { standard: 'XGewerbeanzeige', schemaValidiert: false },
      autor: { gemeindeSchluessel: '05911000' },
      anmeldung: {
        uuid: id,
        gemeindeMeldungNr: registrationNumber,
        gewerbebetriebID: rep.establishmentId,
        niederlassungArt: { code: '3' },
        anzahlVollzeitBeschaeftigte: 2,
        anzahlTeilzeitBeschaeftigte: 1,
        taetigkeit: {
          wzCode: '62.01.9',
          taetigkeitSchluessel: '62019',
          wzTitel: 'Sonstige Softwareentwicklung',
          wzAusgabe: 'WZ 2008 2025-09-29',
          entsprechungen: { ausgabe: 'WZ 2025', codes: expect.arrayContaining(['62.10.2', '62.10.9']) },
        },
      },
    });
    expect(message.anmeldung.beteiligtePersonen.length).toBeGreaterThan(0);
    // Each download is a new message about the same registration.
    const again = json(await getBinary(app, url, staff.token));
    expect(again.nachrichtUUID).not.toBe(message.nachrichtUUID);
    expect(again.anmeldung.uuid).toBe(id);
    const [{ n }] = await app.sql<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'trade_registration.exported' AND subject_id = $1",
      [id],
    );
    expect(n).toBe(2);

    // A schema that accepted anything would prove nothing: a broken message is refused.
    expect(
      validate({
        ...message,
        anmeldung: { ...message.anmeldung, taetigkeit: { ...message.anmeldung.taetigkeit, taetigkeitSchluessel: '62.01.9' } },
      }),
    ).toBe(false);

    // Not for anyone else: the company's own representative, another company's, other staff, nobody signed in.
    const other = await representative(app);
    const citizensOffice = await accountWithRoles(app, ['staff_citizens_office']);
    for (const token of [rep.token, other.token, citizensOffice.token]) {
      const refused = await getBinary(app, url, token);
      expect(refused.status).toBe(404);
      expect(json(refused).error).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect((await graphql<any>(app, CASE_EXPORT, { id: caseId }, { token: citizensOffice.token })).errors?.[0].extensions.code).toBe(
      'NOT_FOUND',
    );
    expect((await getBinary(app, url)).status).toBe(401);
    expect((await getBinary(app, '/api/trade-registrations/not-a-uuid/export.json', staff.token)).status).toBe(404);
    expect((await getBinary(app, `/api/trade-registrations/${rep.companyId}/export.json`, staff.token)).status).toBe(404);
  });
});
