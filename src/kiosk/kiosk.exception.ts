import { DomainException } from '../common/errors/domain.exception.js';
import { ErrorCode } from '../common/errors/error-code.js';

/** Errors of the kiosk domain, with stable reasons and message keys in `errors:kiosk.*`. */
export class KioskException extends DomainException {
  /** The request came without a known device secret (not a terminal, or one whose secret was replaced). */
  static deviceUnknown() {
    return new KioskException(ErrorCode.FORBIDDEN, 'kiosk.device_unknown', { reason: 'KIOSK_DEVICE_UNKNOWN' });
  }

  /** Staff disabled this terminal: it serves nobody until it is enrolled again. */
  static deviceDisabled() {
    return new KioskException(ErrorCode.FORBIDDEN, 'kiosk.device_disabled', { reason: 'KIOSK_DEVICE_DISABLED' });
  }

  static officeRequired() {
    return new KioskException(ErrorCode.BAD_USER_INPUT, 'validation_failed', {
      reason: 'VALIDATION_FAILED',
      fields: [{ field: 'office', constraint: 'required', messageKey: 'kiosk.office_required' }],
    });
  }

  static draftField(field: string) {
    return new KioskException(ErrorCode.BAD_USER_INPUT, 'validation_failed', {
      reason: 'VALIDATION_FAILED',
      fields: [{ field: `draft.${field}`, constraint: 'allowed', messageKey: 'kiosk.draft_field_not_allowed' }],
    });
  }

  /** A hand-over code that does not exist (mistyped, or never issued). */
  static handoverInvalid() {
    return new KioskException(ErrorCode.NOT_FOUND, 'kiosk.handover_invalid', { reason: 'HANDOVER_INVALID' });
  }

  /** A hand-over code that was already used or is older than its lifetime. */
  static handoverUsedOrExpired() {
    return new KioskException(ErrorCode.CONFLICT, 'kiosk.handover_used_or_expired', { reason: 'HANDOVER_USED_OR_EXPIRED' });
  }
}
