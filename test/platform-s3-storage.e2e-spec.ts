import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import request from 'supertest';
import { FileStorage } from '../src/common/files/storage/file-storage.js';
import { S3FileStorage } from '../src/common/files/storage/s3-file-storage.js';
import { createBackup } from '../src/database/backup/backup-archive.js';
import { restoreBackup } from '../src/database/backup/restore.js';
import { withDatabase } from '../src/database/embedded-postgres.js';
import { accountWithRoles, login } from './support/accounts.js';
import { recordResidentLetter, residentWithMailbox } from './support/addresses.js';
import { SCAN_PDF } from './support/business-address.js';
import { getBinary, jobsSettled } from './support/payments.js';
import { downloadEvidence, SAMPLE_PDF, submittedStudentApplication } from './support/residency.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** The local S3-compatible server (s3rver: CommonJS without types): what this test uses of it. */
interface S3rverServer {
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
}
const S3RVER_MODULE: string = '@20minutes/s3rver';
const BUCKET = 'eresidency-files';
const RESTORED_BUCKET = 'eresidency-restored';
// s3rver's built-in key pair.
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

async function admin(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function emptyDatabase(): Promise<{ name: string; url: string }> {
  const name = `s3_restore_${Date.now()}_${Math.random().toString(16).slice(2, 8)}`;
  await admin(`CREATE DATABASE "${name}"`);
  return { name, url: withDatabase(process.env.TEST_DATABASE_URL!, name) };
}

describe('platform: uploaded files on S3-compatible storage', () => {
  let s3rver: S3rverServer;
  let endpoint: string;
  let s3: S3Client;
  let app: TestApp;
  let restored: TestApp | undefined;
  const work = mkdtempSync(path.join(tmpdir(), 'bo-s3-'));
  const s3Environment = (bucket: string) => ({
    STORAGE_S3_BUCKET: bucket,
    STORAGE_S3_ENDPOINT: endpoint,
    STORAGE_S3_REGION: 'eu-central-1',
    STORAGE_S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
    STORAGE_S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
    STORAGE_S3_FORCE_PATH_STYLE: 'true',
  });
  const objectKeys = async (bucket = BUCKET) =>
    ((await s3.send(new ListObjectsV2Command({ Bucket: bucket }))).Contents ?? []).map((object) => object.Key!).sort();
  const objectBytes = async (key: string, bucket = BUCKET) =>
    Buffer.from(await (await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))).Body!.transformToByteArray());

  let scanner: Awaited<ReturnType<typeof residentWithMailbox>>;
  let letterId: string;
  let letterKey: string;
  let evidence: Awaited<ReturnType<typeof submittedStudentApplication>>;
  let evidenceKey: string;

  beforeAll(async () => {
    const { default: S3rver } = (await import(S3RVER_MODULE)) as { default: new (options: Record<string, unknown>) => S3rverServer };
    // s3rver derives bucket-level requests' canonical URI as `/bucket` where current SDKs sign `/bucket/`,
    // so it would refuse ListObjects and HeadBucket of a correct client: it is told not to compare signatures.
    s3rver = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: path.join(work, 's3rver'),
      allowMismatchedSignatures: true,
    });
    const { port } = await s3rver.run();
    endpoint = `http://127.0.0.1:${port}`;
    s3 = new S3Client({ endpoint, region: 'eu-central-1', forcePathStyle: true, credentials: CREDENTIALS });
    for (const bucket of [BUCKET, RESTORED_BUCKET]) await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    app = await createTestApp({ ...s3Environment(BUCKET), BUSINESS_MAIL_SCAN_MAX_BYTES: '4096' });
  });

  afterAll(async () => {
    if (restored) await restored.close();
    if (app) {
      await jobsSettled(app);
      await app.close();
    }
    s3?.destroy();
    await s3rver?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('is ready only with the bucket reachable', async () => {
    expect(app.app.get(FileStorage).kind).toBe('s3');
    const ready = await request(app.http).get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.details.storage).toEqual({ status: 'up', kind: 's3' });
    const missing = new S3FileStorage({ ...app.config.files.s3!, bucket: 'no-such-bucket' });
    await expect(missing.check()).rejects.toThrow();
    missing.close();
  });

  it('stores a scanned letter and an evidence document in the bucket, not on the disk, and serves them back', async () => {
    scanner = await residentWithMailbox(app, 'scan');
    const clerk = await accountWithRoles(app, ['staff_citizens_office']);

    // The server-side checks still run first: bytes that are no PDF are refused and nothing is stored.
    const fake = await recordResidentLetter(
      app,
      clerk.token,
      { allocationId: scanner.addressId },
      { content: Buffer.from('no PDF at all') },
    );
    expect(fake.status).toBe(400);
    const tooLarge = await recordResidentLetter(
      app,
      clerk.token,
      { allocationId: scanner.addressId },
      { content: Buffer.concat([SCAN_PDF, Buffer.alloc(5000, 32)]) },
    );
    expect(tooLarge.status).toBe(400);
    expect(await objectKeys()).toEqual([]);

    const recorded = await recordResidentLetter(
      app,
      clerk.token,
      { allocationId: scanner.addressId, sender: 'Stadtwerke Bochum' },
      { content: SCAN_PDF },
    );
    expect(recorded.status).toBe(201);
    letterId = recorded.body.id;
    [{ scan_storage_key: letterKey }] = await app.sql<{ scan_storage_key: string }>(
      'SELECT scan_storage_key FROM resident_mail_items WHERE id = $1',
      [letterId],
    );
    evidence = await submittedStudentApplication(app);
    [{ storage_key: evidenceKey }] = await app.sql<{ storage_key: string }>(
      'SELECT storage_key FROM residency_evidence_documents WHERE id = $1',
      [evidence.evidenceId],
    );

    expect(await objectKeys()).toEqual([`evidence/${evidenceKey}`, `resident-mail/${letterKey}`].sort());
    expect(Buffer.compare(await objectBytes(`resident-mail/${letterKey}`), SCAN_PDF)).toBe(0);
    expect(Buffer.compare(await objectBytes(`evidence/${evidenceKey}`), SAMPLE_PDF)).toBe(0);
    expect(existsSync(path.join(app.config.files.dir, 'resident-mail', letterKey))).toBe(false);
    expect(existsSync(path.join(app.config.files.dir, 'evidence', evidenceKey))).toBe(false);
    const onDisk = existsSync(app.config.files.dir) ? readdirSync(app.config.files.dir, { recursive: true }) : [];
    expect(onDisk).toEqual([]);

    const scan = await getBinary(app, `/api/resident-mail/${letterId}/scan`, scanner.token);
    expect(scan.status).toBe(200);
    expect(scan.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(scan.body as Buffer, SCAN_PDF)).toBe(0);
    const document = await downloadEvidence(app, evidence.applicant.token, evidence.downloadPath);
    expect(document.status).toBe(200);
    expect(Buffer.compare(document.body as Buffer, SAMPLE_PDF)).toBe(0);

    // Another resident's id is still not found (the access checks sit before the storage).
    const stranger = await residentWithMailbox(app, 'hold');
    expect((await getBinary(app, `/api/resident-mail/${letterId}/scan`, stranger.token)).status).toBe(404);
  });

  it('backs the bucket up with the database and restores both into a new database and bucket that a new app serves from', async () => {
    const archive = path.join(work, 'eresidency.tar.gz');
    const manifest = await createBackup({ databaseUrl: app.databaseUrl, storage: app.app.get(FileStorage), output: archive });
    expect(manifest).toMatchObject({ files: true, fileCount: 2, storage: 's3' });

    const target = await emptyDatabase();
    const restoredStorage = new S3FileStorage({ ...app.config.files.s3!, bucket: RESTORED_BUCKET });
    try {
      await restoreBackup({ archive, databaseUrl: target.url, storage: restoredStorage });
      // A second restore into a storage that already holds the files is refused before it writes anything.
      const again = await emptyDatabase();
      await expect(restoreBackup({ archive, databaseUrl: again.url, storage: restoredStorage })).rejects.toThrow(/empty file storage/);
      await admin(`DROP DATABASE "${again.name}"`);
    } finally {
      restoredStorage.close();
    }
    expect(await objectKeys(RESTORED_BUCKET)).toEqual(await objectKeys(BUCKET));

    restored = await createTestApp(s3Environment(RESTORED_BUCKET), { existingDatabase: target.name });
    const signedIn = await login(restored, scanner.email);
    const token = signedIn.data!.login.accessToken;
    const scan = await getBinary(restored, `/api/resident-mail/${letterId}/scan`, token);
    expect(scan.status).toBe(200);
    expect(Buffer.compare(scan.body as Buffer, SCAN_PDF)).toBe(0);
    const applicant = await login(restored, evidence.applicant.email);
    const document = await downloadEvidence(restored, applicant.data!.login.accessToken, evidence.downloadPath);
    expect(Buffer.compare(document.body as Buffer, SAMPLE_PDF)).toBe(0);
  }, 240_000);
});
