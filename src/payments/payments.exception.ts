import { DomainException } from '../common/errors/domain.exception.js';
import { ErrorCode } from '../common/errors/error-code.js';

export class PaymentsException extends DomainException {
  /** The same idempotency key was used before for another payment. */
  static idempotencyKeyReused() {
    return new PaymentsException(ErrorCode.CONFLICT, 'payments.idempotency_key_reused', { reason: 'IDEMPOTENCY_KEY_REUSED' });
  }

  static alreadyPaid() {
    return new PaymentsException(ErrorCode.CONFLICT, 'payments.already_paid', { reason: 'ALREADY_PAID' });
  }

  /** Another payer's payment for the same subject is still open (one open payment per subject). */
  static paymentInProgress() {
    return new PaymentsException(ErrorCode.CONFLICT, 'payments.payment_in_progress', { reason: 'PAYMENT_IN_PROGRESS' });
  }

  /** Unknown, or not the caller's: the answer is the same, so ids reveal nothing. */
  static unknownSubject() {
    return new PaymentsException(ErrorCode.NOT_FOUND, 'payments.unknown_subject', { reason: 'UNKNOWN_SUBJECT' });
  }

  static purposeNotForSubject() {
    return new PaymentsException(ErrorCode.BAD_USER_INPUT, 'payments.purpose_not_for_subject', {
      reason: 'PURPOSE_NOT_FOR_SUBJECT',
      fields: [{ field: 'purpose', constraint: 'allowed', messageKey: 'payments.purpose_not_for_subject' }],
    });
  }

  static providerUnavailable() {
    return new PaymentsException(ErrorCode.INTERNAL, 'payments.provider_unavailable', { reason: 'PAYMENTS_UNAVAILABLE' });
  }

  static providerError() {
    return new PaymentsException(ErrorCode.INTERNAL, 'payments.provider_error', { reason: 'PROVIDER_ERROR' });
  }

  static notRefundable() {
    return new PaymentsException(ErrorCode.CONFLICT, 'payments.not_refundable', { reason: 'NOT_REFUNDABLE' });
  }

  static refundAlreadyRequested() {
    return new PaymentsException(ErrorCode.CONFLICT, 'payments.refund_already_requested', { reason: 'REFUND_ALREADY_REQUESTED' });
  }

  static noReceipt() {
    return new PaymentsException(ErrorCode.NOT_FOUND, 'payments.no_receipt', { reason: 'NO_RECEIPT' });
  }

  static invalidSignature() {
    return new PaymentsException(ErrorCode.BAD_USER_INPUT, 'payments.invalid_signature', { reason: 'INVALID_SIGNATURE' });
  }

  static checkoutClosed() {
    return new PaymentsException(ErrorCode.CONFLICT, 'payments.checkout_closed', { reason: 'CHECKOUT_CLOSED' });
  }
}
