import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomInt, randomUUID } from 'node:crypto';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { ZodType } from 'zod';
import { JobQueue } from '../../common/jobs/job-queue.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { BankingException } from '../banking.exception.js';
import { sha256OfCanonical } from '../kyc/canonical-json.js';
import { SIGNATURE_HEADER, signBankPayload, verifyBankSignature } from '../signature/bank-signature.js';
import { sandboxBankSecret } from '../secrets/secret-box.js';
import { sandboxApplicationRequest, sandboxDocumentsRequest } from './sandbox-bank-api.schema.js';
import {
  SandboxApplicationStatus as Status,
  SandboxBankApplication,
  SandboxBankDocument,
  SandboxBankEvent,
} from './sandbox-bank.entities.js';
import { sandboxBankProfile, type SandboxBankProfile } from './sandbox-banks.js';
import { germanIban, sandboxDecision, type SandboxDecision } from './sandbox-rules.js';

const DECIDE_QUEUE = 'sandbox-bank.decide';
const DELIVER_QUEUE = 'sandbox-bank.deliver';

interface ApplicationJob {
  applicationId: string;
}

export interface SignedRequest {
  rawBody: Buffer | undefined;
  signature: string | string[] | undefined;
  idempotencyKey: string | string[] | undefined;
}

/**
 * The sandbox bank: takes account applications from partners over its HTTP API (signed like its
 * webhooks), reviews them for a configurable time, decides by fixed rules (sandbox-rules.ts) and tells
 * the partner through signed webhooks, re-sent with the same event id until they are acknowledged.
 */
@Injectable()
export class SandboxBankService implements OnModuleInit {
  private readonly logger = new Logger('SandboxBank');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.register<ApplicationJob>(DECIDE_QUEUE, (job) => this.decide(job.data.applicationId), { retryLimit: 5, retryDelaySeconds: 2 });
    this.jobs.register<ApplicationJob>(DELIVER_QUEUE, (job) => this.deliver(job.data.applicationId), {
      retryLimit: 8,
      retryDelaySeconds: 2,
    });
  }

  async receiveApplication(bankCode: string, request: SignedRequest): Promise<{ bankReference: string; status: Status }> {
    const bank = this.authenticate(bankCode, request);
    const idempotencyKey = this.idempotencyKeyOf(request);
    const body = this.parse(request.rawBody, sandboxApplicationRequest);
    if (sha256OfCanonical(body.kycPackage) !== body.kycPackageSha256) throw BankingException.malformedPayload();
    const application = await this.dataSource.transaction(async (manager) => {
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO sandbox_bank_applications (bank_code, idempotency_key, application_reference, company_name, kyc_package, kyc_package_sha256, register_extract_url, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'in_review') ON CONFLICT (bank_code, idempotency_key) DO NOTHING RETURNING id`,
        [
          bank.code,
          idempotencyKey,
          body.applicationReference,
          body.kycPackage.company.legalName,
          body.kycPackage,
          body.kycPackageSha256,
          body.registerExtractUrl ?? null,
        ],
      );
      if (inserted.length === 0) return manager.findOneByOrFail(SandboxBankApplication, { bankCode: bank.code, idempotencyKey });
      const created = await manager.findOneByOrFail(SandboxBankApplication, { id: inserted[0].id });
      await this.addEvent(manager, created, 'application.in_review', {});
      await this.jobs.enqueue(manager, DELIVER_QUEUE, { applicationId: created.id });
      await this.jobs.enqueue(manager, DECIDE_QUEUE, { applicationId: created.id }, { startAfter: this.decisionTime() });
      return created;
    });
    return { bankReference: application.id, status: application.status };
  }

  async receiveDocuments(bankCode: string, bankReference: string, request: SignedRequest): Promise<{ received: true }> {
    const bank = this.authenticate(bankCode, request);
    const body = this.parse(request.rawBody, sandboxDocumentsRequest);
    if (!/^[0-9a-f-]{36}$/.test(bankReference)) throw BankingException.malformedPayload();
    await this.dataSource.transaction(async (manager) => {
      const application = await manager.findOne(SandboxBankApplication, {
        where: { id: bankReference, bankCode: bank.code },
        lock: { mode: 'pessimistic_write' },
      });
      if (!application) throw BankingException.malformedPayload();
      if (await manager.existsBy(SandboxBankDocument, { applicationId: application.id, requestId: body.requestId })) return;
      if (application.status !== Status.documents_requested || application.openDocumentRequestId !== body.requestId)
        throw BankingException.malformedPayload();
      const content = body.attachment ? Buffer.from(body.attachment.contentBase64, 'base64') : null;
      if (body.attachment && content && createHash('sha256').update(content).digest('hex') !== body.attachment.sha256)
        throw BankingException.malformedPayload();
      await manager.insert(SandboxBankDocument, {
        applicationId: application.id,
        requestId: body.requestId,
        message: body.message,
        attachmentFileName: body.attachment?.fileName ?? null,
        attachmentSha256: body.attachment?.sha256 ?? null,
        attachmentSizeBytes: content?.length ?? null,
      });
      await manager.update(
        SandboxBankApplication,
        { id: application.id },
        { status: Status.in_review, documentsReceived: true, openDocumentRequestId: null },
      );
      await this.addEvent(manager, application, 'application.in_review', {});
      await this.jobs.enqueue(manager, DELIVER_QUEUE, { applicationId: application.id });
      await this.jobs.enqueue(manager, DECIDE_QUEUE, { applicationId: application.id }, { startAfter: this.decisionTime() });
    });
    return { received: true };
  }

  /** Decides an application under review, then delivers what it owes. */
  async decide(applicationId: string): Promise<void> {
    await this.checkRegisterExtract(applicationId);
    await this.dataSource.transaction(async (manager) => {
      const application = await manager.findOne(SandboxBankApplication, {
        where: { id: applicationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!application || application.status !== Status.in_review) return;
      const bank = sandboxBankProfile(application.bankCode);
      if (!bank) return;
      const decision: SandboxDecision =
        application.registerExtractVerified === false
          ? {
              outcome: 'declined',
              reasonCode: 'register_extract_mismatch',
              reason: 'The register extract could not be fetched or does not match the hash in the KYC package.',
            }
          : sandboxDecision(application.companyName, application.documentsReceived);
      if (decision.outcome === 'declined') {
        await manager.update(SandboxBankApplication, { id: application.id }, { status: Status.declined, declineReason: decision.reason });
        await this.addEvent(manager, application, 'application.declined', { reasonCode: decision.reasonCode, reason: decision.reason });
      } else if (decision.outcome === 'documents_requested') {
        const requestId = `docreq_${randomUUID()}`;
        await manager.update(
          SandboxBankApplication,
          { id: application.id },
          { status: Status.documents_requested, openDocumentRequestId: requestId },
        );
        await this.addEvent(manager, application, 'application.documents_requested', {
          requestId,
          documentKind: decision.documentKind,
          message: decision.message,
        });
      } else {
        const iban = await this.freeIban(manager, bank);
        await manager.update(SandboxBankApplication, { id: application.id }, { status: Status.opened, iban });
        await this.addEvent(manager, application, 'application.opened', { iban, bic: bank.bic, accountHolder: application.companyName });
      }
    });
    await this.deliver(applicationId);
  }

  /** Fetches the register extract through the partner's signed link once, and records whether it matches the package's hash. */
  private async checkRegisterExtract(applicationId: string): Promise<void> {
    const application = await this.dataSource.manager.findOneBy(SandboxBankApplication, { id: applicationId });
    if (!application?.registerExtractUrl || application.registerExtractVerified !== null || application.status !== Status.in_review) return;
    const expected = (application.kycPackage.registerExtract as { sha256?: string } | null | undefined)?.sha256;
    const response = await fetch(application.registerExtractUrl, { signal: AbortSignal.timeout(this.config.banking.requestTimeoutMs) });
    if (response.status >= 500) throw new Error(`register extract answered ${response.status}; retrying`);
    const content = response.ok ? Buffer.from(await response.arrayBuffer()) : null;
    const verified = Boolean(expected && content && createHash('sha256').update(content).digest('hex') === expected);
    await this.dataSource.manager.update(SandboxBankApplication, { id: application.id }, { registerExtractVerified: verified });
  }

  /** Posts every undelivered event in order; throws (so the job retries) while the partner does not acknowledge. */
  async deliver(applicationId: string): Promise<void> {
    const application = await this.dataSource.manager.findOneBy(SandboxBankApplication, { id: applicationId });
    if (!application) return;
    const pending = await this.dataSource.manager.find(SandboxBankEvent, {
      where: { applicationId, deliveredAt: IsNull() },
      order: { sequence: 'ASC' },
    });
    const url = `${this.config.banking.sandbox.baseUrl}/api/banking/webhooks/${encodeURIComponent(application.bankCode)}`;
    const secret = sandboxBankSecret(this.config.banking.sandbox.rootSecret, application.bankCode);
    for (const event of pending) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signBankPayload(secret, event.body) },
        body: event.body,
        signal: AbortSignal.timeout(this.config.banking.requestTimeoutMs),
      });
      if (!response.ok) throw new Error(`partner webhook answered ${response.status} for event ${event.id}`);
      await this.dataSource.manager.update(SandboxBankEvent, { id: event.id }, { deliveredAt: new Date() });
    }
  }

  private async addEvent(
    manager: EntityManager,
    application: SandboxBankApplication,
    type: string,
    data: Record<string, unknown>,
  ): Promise<void> {
    await manager.increment(SandboxBankApplication, { id: application.id }, 'lastSequence', 1);
    const { lastSequence: sequence } = await manager.findOneByOrFail(SandboxBankApplication, { id: application.id });
    const eventId = `evt_${randomUUID()}`;
    const body = JSON.stringify({
      eventId,
      type,
      applicationReference: application.applicationReference,
      sequence,
      occurredAt: new Date().toISOString(),
      data: { bankReference: application.id, ...data },
    });
    await manager.insert(SandboxBankEvent, { applicationId: application.id, sequence, type, body });
  }

  private async freeIban(manager: EntityManager, bank: SandboxBankProfile): Promise<string> {
    for (;;) {
      const accountNumber = `9${String(randomInt(0, 1_000_000_000)).padStart(9, '0')}`;
      const iban = germanIban(bank.bankCode, accountNumber);
      if (!(await manager.existsBy(SandboxBankApplication, { iban }))) return iban;
    }
  }

  private decisionTime(): Date {
    return new Date(Date.now() + this.config.banking.sandbox.decisionDelaySeconds * 1000);
  }

  private authenticate(bankCode: string, request: SignedRequest): SandboxBankProfile {
    if (!this.config.banking.sandbox.enabled) throw BankingException.sandboxDisabled();
    const bank = sandboxBankProfile(bankCode);
    if (!bank) throw BankingException.signatureRefused('UNKNOWN_BANK');
    const check = verifyBankSignature(
      request.signature,
      request.rawBody,
      sandboxBankSecret(this.config.banking.sandbox.rootSecret, bank.code),
    );
    if (check !== 'valid') {
      this.logger.warn(`sandbox bank refused a request for ${bank.code}: ${check}`);
      throw BankingException.signatureRefused(`SIGNATURE_${check.toUpperCase()}`);
    }
    return bank;
  }

  private idempotencyKeyOf(request: SignedRequest): string {
    const key = request.idempotencyKey;
    if (typeof key !== 'string' || !/^[A-Za-z0-9_-]{8,100}$/.test(key)) throw BankingException.malformedPayload();
    return key;
  }

  private parse<T>(rawBody: Buffer | undefined, schema: ZodType<T>): T {
    try {
      return schema.parse(JSON.parse(rawBody?.toString('utf8') ?? ''));
    } catch {
      throw BankingException.malformedPayload();
    }
  }
}
