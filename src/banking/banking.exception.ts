import { DomainException, type FieldError } from '../common/errors/domain.exception.js';
import { ErrorCode } from '../common/errors/error-code.js';

const field = (name: string, constraint: string, messageKey: string, params?: Record<string, unknown>): FieldError => ({
  field: name,
  constraint,
  messageKey,
  params,
});

export class BankingException extends DomainException {
  static consentRequired() {
    return new BankingException(ErrorCode.BAD_USER_INPUT, 'validation_failed', {
      reason: 'VALIDATION_FAILED',
      fields: [field('consent', 'equals', 'banking.consent_required')],
    });
  }

  static unknownBank() {
    return new BankingException(ErrorCode.BAD_USER_INPUT, 'validation_failed', {
      reason: 'VALIDATION_FAILED',
      fields: [field('bankId', 'exists', 'banking.unknown_bank')],
    });
  }

  static applicationOpen() {
    return new BankingException(ErrorCode.CONFLICT, 'banking.application_open', { reason: 'APPLICATION_OPEN' });
  }

  static idempotencyKeyReused() {
    return new BankingException(ErrorCode.CONFLICT, 'conflict', { reason: 'IDEMPOTENCY_KEY_REUSED' });
  }

  /** The data changed after the representative saw it: show the package again before consenting. */
  static packageChanged() {
    return new BankingException(ErrorCode.CONFLICT, 'banking.package_changed', { reason: 'PACKAGE_CHANGED' });
  }

  static tradeRegistrationMissing() {
    return new BankingException(ErrorCode.CONFLICT, 'banking.trade_registration_missing', { reason: 'TRADE_REGISTRATION_MISSING' });
  }

  static identitiesMissing() {
    return new BankingException(ErrorCode.CONFLICT, 'banking.identities_missing', { reason: 'IDENTITIES_MISSING' });
  }

  static documentRequestNotOpen() {
    return new BankingException(ErrorCode.CONFLICT, 'banking.document_request_not_open', { reason: 'DOCUMENT_REQUEST_NOT_OPEN' });
  }

  static answerRequired() {
    return new BankingException(ErrorCode.BAD_USER_INPUT, 'validation_failed', {
      reason: 'VALIDATION_FAILED',
      fields: [field('message', 'required', 'banking.answer_required')],
    });
  }

  static documentType() {
    return new BankingException(ErrorCode.BAD_USER_INPUT, 'banking.document_type', { reason: 'DOCUMENT_TYPE_NOT_ALLOWED' });
  }

  static documentTooLarge(maxBytes: number) {
    return new BankingException(ErrorCode.BAD_USER_INPUT, 'banking.document_too_large', {
      reason: 'DOCUMENT_TOO_LARGE',
      params: { max: Math.floor((maxBytes / 1_048_576) * 10) / 10 },
    });
  }

  static uploadMissing() {
    return new BankingException(ErrorCode.BAD_USER_INPUT, 'banking.upload_missing', { reason: 'UPLOAD_MISSING' });
  }

  /** Webhooks and the sandbox bank's API: unknown bank, missing or wrong signature, stale timestamp. */
  static signatureRefused(reason: string) {
    return new BankingException(ErrorCode.UNAUTHENTICATED, 'banking.signature_refused', { reason });
  }

  static malformedPayload() {
    return new BankingException(ErrorCode.BAD_USER_INPUT, 'banking.malformed_payload', { reason: 'MALFORMED_PAYLOAD' });
  }

  static sandboxDisabled() {
    return DomainException.notFound();
  }

  static bankCodeTaken() {
    return new BankingException(ErrorCode.CONFLICT, 'validation_failed', {
      reason: 'BANK_CODE_TAKEN',
      fields: [field('code', 'unique', 'banking.code_taken')],
    });
  }

  /** A sandbox bank's secret is derived from the sandbox root secret, so it cannot be rotated here. */
  static sandboxSecretFixed() {
    return new BankingException(ErrorCode.CONFLICT, 'banking.sandbox_secret_fixed', { reason: 'SANDBOX_SECRET_FIXED' });
  }
}
