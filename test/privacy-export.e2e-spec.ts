import request from 'supertest';
import { getBinary } from './support/payments.js';
import { pdfText } from './support/pdf-text.js';
import { residentWithCardAndPayment } from './support/privacy.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** Issue 17, item 7: Art. 15 GDPR, a person downloads everything the domains hold about them, and only that. */
describe('privacy: download my data', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('gives the owner every domain’s data as JSON, and no one else’s', async () => {
    const resident = await residentWithCardAndPayment(app);
    const other = await residentWithCardAndPayment(app);
    const response = await request(app.http).get('/api/privacy/my-data.json').set('authorization', `Bearer ${resident.token}`);
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toContain('no-store');
    const data = JSON.parse(response.text);
    expect(data.accountId).toBe(resident.accountId);
    expect(Object.keys(data.domains)).toEqual(
      expect.arrayContaining([
        'identity',
        'residency',
        'cards',
        'payments',
        'notifications',
        'venues',
        'addresses',
        'identity-verification',
      ]),
    );
    expect(data.domains.identity.account.email).toBe(resident.email);
    expect(data.domains.residency.residencies[0]).toMatchObject({ givenName: 'Erika', familyName: 'Mustermann', status: 'active' });
    expect(data.domains.cards.cards).toHaveLength(1);
    expect(data.domains.payments.payments[0]).toMatchObject({ purpose: 'citizen_card', status: 'succeeded', amountCents: 1500 });
    expect(response.text).not.toContain(other.email);
    expect(response.text).not.toContain(other.accountId);
    const [audit] = await app.sql<{ n: string }>(
      `SELECT count(*) AS n FROM audit_events WHERE action = 'privacy.data_exported' AND subject_id = $1`,
      [resident.accountId],
    );
    expect(Number(audit.n)).toBe(1);
  });

  it('writes a readable PDF in the reader’s language', async () => {
    const resident = await residentWithCardAndPayment(app, 'de');
    const response = await getBinary(app, '/api/privacy/my-data.pdf', resident.token);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(response.body as Buffer);
    expect(text).toContain('Meine Daten bei Bochum e-Residency');
    expect(text).toContain('Bürgerausweis');
    expect(text).toContain(resident.email);
    expect(text).toContain('Mustermann');
  });

  it('refuses the signed-out', async () => {
    expect((await request(app.http).get('/api/privacy/my-data.json')).status).toBe(401);
    expect((await request(app.http).get('/api/privacy/my-data.pdf')).status).toBe(401);
  });
});
