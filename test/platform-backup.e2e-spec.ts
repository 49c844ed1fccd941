import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import request from 'supertest';
import { createBackup } from '../src/database/backup/backup-archive.js';
import { restoreBackup } from '../src/database/backup/restore.js';
import { withDatabase } from '../src/database/embedded-postgres.js';
import { accountWithRoles, login } from './support/accounts.js';
import { graphql } from './support/graphql.js';
import { certificateApplicantForTest, COMPANY_CERTIFICATES, makeCsrForTest, requestCertificate } from './support/pki.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { createApiKey, residentWithPhone, venueWithOperator } from './support/venues.js';

const COUNTED = ['accounts', 'citizen_cards', 'venues', 'pki_certificates', 'pki_authority_keys', 'card_issuer_keys', 'outbox_emails'];

async function admin<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const counts = async (app: TestApp) =>
  Object.fromEntries(
    await Promise.all(
      COUNTED.map(async (table) => [table, (await app.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n]),
    ),
  );

describe('platform backup: back up while running, restore into a new database and file folder, and go on from there', () => {
  let original: TestApp;
  let restored: TestApp | undefined;

  afterAll(async () => {
    await restored?.close();
    await original.close();
  });

  it('restores accounts, cards, certificates, keys and files so that an existing card and certificate still verify', async () => {
    original = await createTestApp({ FEE_CITIZEN_CARD_CENTS: '0' });
    const staff = await accountWithRoles(original, ['staff_citizens_office']);
    const { operator } = await venueWithOperator(original, staff.token);
    const { key } = await createApiKey(original, operator.token);
    const resident = await residentWithPhone(original);
    const applicant = await certificateApplicantForTest(original);
    const issued = await requestCertificate(original, applicant.token, { companyId: applicant.companyId, csrPem: makeCsrForTest().csrPem });
    expect(issued.errors).toBeUndefined();
    const certificate = issued.data!.requestCertificate;
    const scan = path.join(original.config.files.dir, 'business-mail', 'letter-4711.pdf');
    mkdirSync(path.dirname(scan), { recursive: true });
    writeFileSync(scan, '%PDF-1.7 a scanned letter');
    const issuingPem = (await request(original.http).get('/pki/issuing.pem')).text;

    const work = mkdtempSync(path.join(tmpdir(), 'bo-backup-'));
    const archive = path.join(work, 'eresidency.tar.gz');
    const manifest = await createBackup({ databaseUrl: original.databaseUrl, filesDir: original.config.files.dir, output: archive });
    expect(manifest.tables.find((table) => table.name === 'public.citizen_cards')!.rows).toBeGreaterThan(0);

    const database = `restored_${Date.now()}`;
    await admin(`CREATE DATABASE "${database}"`);
    const restoredUrl = withDatabase(process.env.TEST_DATABASE_URL!, database);
    const filesDir = path.join(work, 'files');
    await restoreBackup({ archive, databaseUrl: restoredUrl, filesDir });
    await expect(restoreBackup({ archive, databaseUrl: restoredUrl, filesDir: path.join(work, 'again') })).rejects.toThrow(
      /empty database/,
    );

    restored = await createTestApp({ FEE_CITIZEN_CARD_CENTS: '0', FILES_DIR: filesDir }, { existingDatabase: database });
    expect(await counts(restored)).toEqual(await counts(original));

    const verified = await request(restored.http)
      .post('/api/partner/v1/verifications')
      .set('authorization', `Bearer ${key}`)
      .send({ code: await resident.present() });
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ valid: true, eligible: true });

    expect((await request(restored.http).get('/pki/issuing.pem')).text).toBe(issuingPem);
    const signedIn = await login(restored, applicant.email);
    const listed = await graphql<any>(
      restored,
      COMPANY_CERTIFICATES,
      { companyId: applicant.companyId },
      { token: signedIn.data!.login.accessToken },
    );
    expect(listed.data!.companyCertificates).toEqual([
      expect.objectContaining({ id: certificate.id, serialNumber: certificate.serialNumber, status: 'active' }),
    ]);
    expect(readFileSync(path.join(filesDir, 'business-mail', 'letter-4711.pdf'), 'utf8')).toBe('%PDF-1.7 a scanned letter');

    // New rows after the restore continue the sequences instead of colliding with restored ones.
    const newcomer = await accountWithRoles(restored, []);
    expect(newcomer.token).toBeTruthy();
  }, 240_000);
});
