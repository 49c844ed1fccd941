import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { RetentionService } from '../src/privacy/index.js';
import { person } from './support/payments.js';
import { residentWithCardAndPayment } from './support/privacy.js';
import { createApplication, SAMPLE_PDF, uploadEvidence } from './support/residency.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const DAY = 86_400_000;

/** Issue 17, item 7: after its retention period every kind of data that should be gone is gone (time travel through `now`). */
describe('privacy: retention', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('keeps data within its period and deletes evidence, verification logs, old notifications and expired tokens after it', async () => {
    const resident = await residentWithCardAndPayment(app);
    const id = resident.accountId;
    const applicant = await person(app);
    const application = await createApplication(app, applicant.token);
    const applicationId = application.data.createResidencyApplication.id;
    expect((await uploadEvidence(app, applicant.token, applicationId, SAMPLE_PDF)).status).toBe(201);
    await app.sql('UPDATE residency_applications SET decided_at = now() WHERE id = $1', [applicationId]);
    const [{ storage_key: storageKey }] = await app.sql<{ storage_key: string }>(
      'SELECT storage_key FROM residency_evidence_documents WHERE application_id = $1',
      [applicationId],
    );
    const evidenceFile = path.resolve(app.config.files.dir, 'evidence', storageKey);
    await app.sql(`INSERT INTO in_app_notifications (account_id, kind, params) VALUES ($1, 'card_issued', '{}')`, [id]);
    const venueId = randomUUID();
    await app.sql(
      `INSERT INTO venue_verifications (id, venue_id, channel, valid, eligible, verified_at) VALUES ($1, $2, 'api', true, true, now())`,
      [randomUUID(), venueId],
    );
    await app.sql(`UPDATE outbox_emails SET status = 'sent' WHERE account_id = $1`, [id]);

    const counts = async () =>
      (
        await app.sql<Record<string, number>>(
          `SELECT (SELECT count(*)::int FROM residency_evidence_documents WHERE application_id = $1) AS evidence,
                  (SELECT count(*)::int FROM venue_verifications WHERE venue_id = $3) AS verifications,
                  (SELECT count(*)::int FROM in_app_notifications WHERE account_id = $2) AS notifications,
                  (SELECT count(*)::int FROM outbox_emails WHERE account_id = $2) AS emails,
                  (SELECT count(*)::int FROM account_tokens WHERE account_id = $2) AS "linkTokens",
                  (SELECT count(*)::int FROM refresh_tokens WHERE account_id = $2) AS sessions,
                  (SELECT count(*)::int FROM payments WHERE payer_account_id = $2) AS payments,
                  (SELECT count(*)::int FROM citizen_cards WHERE account_id = $2) AS cards,
                  (SELECT count(*)::int FROM residency_applications WHERE id = $1) AS applications`,
          [applicationId, id, venueId],
        )
      )[0];
    const before = await counts();
    expect(before).toMatchObject({ evidence: 1, verifications: 1, payments: 1, cards: 1, applications: 1 });
    expect(before.notifications).toBeGreaterThan(0);
    expect(before.emails).toBeGreaterThan(0);
    expect(before.linkTokens).toBeGreaterThan(0);
    expect(before.sessions).toBeGreaterThan(0);

    const retention = app.app.get(RetentionService);
    await retention.run(new Date());
    expect(await counts()).toEqual(before);
    expect(existsSync(evidenceFile)).toBe(true);

    // The longest of the periods (notifications: 365 days) plus the longest a token lives has passed.
    await retention.run(new Date(Date.now() + 400 * DAY));
    expect(await counts()).toEqual({ ...before, evidence: 0, verifications: 0, notifications: 0, emails: 0, linkTokens: 0, sessions: 0 });
    expect(existsSync(evidenceFile)).toBe(false);
  });
});
