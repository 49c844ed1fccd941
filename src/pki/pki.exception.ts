import { DomainException } from '../common/errors/domain.exception.js';
import { ErrorCode } from '../common/errors/error-code.js';
import type { CsrProblem } from './issuance/csr-check.js';
import { param } from '../common/i18n/message-params.js';

const CSR_MESSAGE: Record<CsrProblem, string> = {
  malformed: 'pki.csr_malformed',
  bad_signature: 'pki.csr_bad_signature',
  unsupported_key: 'pki.csr_unsupported_key',
  key_size: 'pki.csr_key_size',
  weak_signature_algorithm: 'pki.csr_weak_signature',
};

export class PkiException extends DomainException {
  static notInitialised() {
    return new PkiException(ErrorCode.INTERNAL, 'pki.not_initialised', { reason: 'PKI_NOT_INITIALISED' });
  }

  static csrRejected(problem: CsrProblem, params: Record<string, unknown> = {}) {
    const messageKey = CSR_MESSAGE[problem];
    return new PkiException(ErrorCode.BAD_USER_INPUT, messageKey, {
      reason: `CSR_${problem.toUpperCase()}`,
      params,
      fields: [{ field: 'csrPem', constraint: problem, messageKey, params }],
    });
  }

  static tradeRegistrationRequired() {
    return new PkiException(ErrorCode.FORBIDDEN, 'pki.trade_registration_required', { reason: 'TRADE_REGISTRATION_REQUIRED' });
  }

  static idempotencyConflict() {
    return new PkiException(ErrorCode.CONFLICT, 'pki.idempotency_conflict', { reason: 'IDEMPOTENCY_KEY_REUSED' });
  }

  /** An active certificate exists and the renewal window has not opened yet. */
  static activeCertificateExists(renewableFrom: Date) {
    return new PkiException(ErrorCode.CONFLICT, 'pki.active_certificate_exists', {
      reason: 'ACTIVE_CERTIFICATE_EXISTS',
      params: { date: param.date(renewableFrom) },
    });
  }

  static notActive() {
    return new PkiException(ErrorCode.CONFLICT, 'pki.certificate_not_active', { reason: 'CERTIFICATE_NOT_ACTIVE' });
  }
}
