import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppConfig } from '../../config/app-config.js';
import type { KycPackageSnapshot } from '../entities/bank-account-application.entity.js';
import { BankAdapterKind, type PartnerBank } from '../entities/partner-bank.entity.js';
import type { PartnerBanks } from '../partner-banks.service.js';
import { verifyBankSignature } from '../signature/bank-signature.js';
import { BankRequestError, HttpBankAdapter } from './http-bank-adapter.js';

const SECRET = 'shared-secret-of-the-test-bank-000000';

interface Received {
  path: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

describe('HttpBankAdapter', () => {
  let server: Server;
  let received: Received[];
  let answer: { status: number; body: string };
  let bank: PartnerBank;
  const config = { publicUrl: 'https://e-residency.example', banking: { requestTimeoutMs: 2000 } } as AppConfig;
  const banks = { webhookSecretOf: () => SECRET } as unknown as PartnerBanks;
  const adapter = new HttpBankAdapter(config, banks);
  const kycPackage = {
    version: 1,
    company: { legalName: 'X' },
    registerExtract: null,
    representatives: [],
    tradeRegistration: {},
    assembledAt: '2026-01-01T00:00:00.000Z',
  } as KycPackageSnapshot;

  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({ path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks) });
        response.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    bank = {
      code: 'test-bank',
      apiBaseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`,
      adapterKind: BankAdapterKind.http_json_v1,
    } as PartnerBank;
  });

  beforeEach(() => {
    received = [];
    answer = { status: 202, body: '{"bankReference":"ref-1","status":"in_review"}' };
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('posts the package signed over the exact body, with a stable idempotency key', async () => {
    await expect(adapter.submitApplication(bank, { id: 'app-1', kycPackage, kycPackageSha256: 'a'.repeat(64) })).resolves.toEqual({
      bankReference: 'ref-1',
    });
    const [request] = received;
    expect(request.path).toBe('/api/applications');
    expect(request.headers['idempotency-key']).toBe('application-app-1');
    expect(verifyBankSignature(request.headers['bank-signature'], request.body, SECRET)).toBe('valid');
    expect(JSON.parse(request.body.toString())).toEqual({
      applicationReference: 'app-1',
      kycPackage,
      kycPackageSha256: 'a'.repeat(64),
      registerExtractUrl: null,
    });
  });

  it('sends documents with the file inline and its hash', async () => {
    answer = { status: 202, body: '{"received":true}' };
    await adapter.sendDocuments(bank, 'ref/1', {
      requestId: 'req-1',
      message: 'here',
      attachment: { fileName: 'a.pdf', contentType: 'application/pdf', sha256: 'b'.repeat(64), content: Buffer.from('%PDF') },
    });
    expect(received[0].path).toBe('/api/applications/ref%2F1/documents');
    expect(received[0].headers['idempotency-key']).toBe('documents-req-1');
    expect(JSON.parse(received[0].body.toString()).attachment).toEqual({
      fileName: 'a.pdf',
      contentType: 'application/pdf',
      sha256: 'b'.repeat(64),
      contentBase64: Buffer.from('%PDF').toString('base64'),
    });
  });

  it('tells retryable failures from final ones', async () => {
    const submit = () => adapter.submitApplication(bank, { id: 'app-2', kycPackage, kycPackageSha256: 'a'.repeat(64) });
    answer = { status: 503, body: '{}' };
    await expect(submit()).rejects.toMatchObject({ retryable: true });
    answer = { status: 400, body: '{"error":"bad"}' };
    await expect(submit()).rejects.toMatchObject({ retryable: false });
    answer = { status: 429, body: '{}' };
    await expect(submit()).rejects.toMatchObject({ retryable: true });
    answer = { status: 200, body: 'not json' };
    await expect(submit()).rejects.toBeInstanceOf(BankRequestError);
    answer = { status: 200, body: '{}' };
    await expect(submit()).rejects.toThrow(/without a bank reference/);
    await expect(
      adapter.submitApplication(
        { ...bank, apiBaseUrl: 'http://127.0.0.1:9' },
        { id: 'app-3', kycPackage, kycPackageSha256: 'a'.repeat(64) },
      ),
    ).rejects.toMatchObject({ retryable: true });
  });
});
