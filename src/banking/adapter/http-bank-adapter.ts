import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { KycPackageSnapshot } from '../entities/bank-account-application.entity.js';
import type { PartnerBank } from '../entities/partner-bank.entity.js';
import { registerExtractLink } from '../kyc/register-extract-link.js';
import { PartnerBanks } from '../partner-banks.service.js';
import { SIGNATURE_HEADER, signBankPayload } from '../signature/bank-signature.js';

export class BankRequestError extends Error {
  constructor(
    message: string,
    /** false for answers that will not change on retry (4xx other than 408/409/429). */
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

export interface DocumentAnswer {
  requestId: string;
  message: string;
  attachment: { fileName: string; contentType: string; sha256: string; content: Buffer } | null;
}

/**
 * Speaks the `http_json_v1` bank API: JSON POSTs signed with the bank's shared secret
 * (`Bank-Signature: t=…,v1=HMAC-SHA256("<t>.<body>")`) and an `Idempotency-Key`, so retries are safe.
 */
@Injectable()
export class HttpBankAdapter {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly banks: PartnerBanks,
  ) {}

  async submitApplication(
    bank: PartnerBank,
    application: { id: string; kycPackage: KycPackageSnapshot; kycPackageSha256: string },
  ): Promise<{ bankReference: string }> {
    const registerExtractUrl = application.kycPackage.registerExtract
      ? registerExtractLink(this.config.publicUrl, this.banks.webhookSecretOf(bank), application.id)
      : null;
    const answer = await this.post(bank, '/applications', `application-${application.id}`, {
      applicationReference: application.id,
      kycPackage: application.kycPackage,
      kycPackageSha256: application.kycPackageSha256,
      registerExtractUrl,
    });
    const bankReference = (answer as { bankReference?: unknown }).bankReference;
    if (typeof bankReference !== 'string' || bankReference.length === 0 || bankReference.length > 100) {
      throw new BankRequestError(`${bank.code} answered without a bank reference`, true);
    }
    return { bankReference };
  }

  async sendDocuments(bank: PartnerBank, bankReference: string, answer: DocumentAnswer): Promise<void> {
    await this.post(bank, `/applications/${encodeURIComponent(bankReference)}/documents`, `documents-${answer.requestId}`, {
      requestId: answer.requestId,
      message: answer.message,
      attachment: answer.attachment
        ? {
            fileName: answer.attachment.fileName,
            contentType: answer.attachment.contentType,
            sha256: answer.attachment.sha256,
            contentBase64: answer.attachment.content.toString('base64'),
          }
        : null,
    });
  }

  private async post(bank: PartnerBank, path: string, idempotencyKey: string, payload: unknown): Promise<unknown> {
    const body = JSON.stringify(payload);
    let response: Response;
    try {
      response = await fetch(`${bank.apiBaseUrl.replace(/\/$/, '')}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': idempotencyKey.slice(0, 100),
          [SIGNATURE_HEADER]: signBankPayload(this.banks.webhookSecretOf(bank), body),
        },
        body,
        signal: AbortSignal.timeout(this.config.banking.requestTimeoutMs),
      });
    } catch (error) {
      throw new BankRequestError(`${bank.code} not reachable: ${(error as Error).message}`, true);
    }
    const text = await response.text();
    if (!response.ok) {
      const retryable = response.status >= 500 || [408, 409, 429].includes(response.status);
      throw new BankRequestError(`${bank.code} answered ${response.status}: ${text.slice(0, 300)}`, retryable);
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new BankRequestError(`${bank.code} answered with malformed JSON`, true);
    }
  }
}
