import { DomainException } from '../common/errors/domain.exception.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { param } from '../common/i18n/message-params.js';

export class CardsException extends DomainException {
  static noActiveResidency() {
    return new CardsException(ErrorCode.FORBIDDEN, 'cards.no_active_residency', { reason: 'NO_ACTIVE_RESIDENCY' });
  }

  static alreadyHasCard() {
    return new CardsException(ErrorCode.CONFLICT, 'cards.already_has_card', { reason: 'CARD_EXISTS' });
  }

  static invalidDeviceKey() {
    return new CardsException(ErrorCode.BAD_USER_INPUT, 'cards.invalid_device_key', {
      reason: 'INVALID_DEVICE_KEY',
      fields: [{ field: 'devicePublicKey', constraint: 'p256', messageKey: 'cards.invalid_device_key' }],
    });
  }

  static notUsable(status: string) {
    return new CardsException(ErrorCode.CONFLICT, 'cards.not_usable', {
      reason: 'CARD_NOT_ACTIVE',
      params: { status: param.key(`cards:ui.status.${status}`) },
    });
  }

  static wrongState(status: string) {
    return new CardsException(ErrorCode.CONFLICT, 'cards.wrong_state', {
      reason: 'WRONG_STATE',
      params: { status: param.key(`cards:ui.status.${status}`) },
    });
  }

  static tooEarlyToRenew(from: Date) {
    return new CardsException(ErrorCode.CONFLICT, 'cards.too_early_to_renew', {
      reason: 'TOO_EARLY_TO_RENEW',
      params: { date: param.date(from) },
    });
  }

  static residencyEndsFirst() {
    return new CardsException(ErrorCode.CONFLICT, 'cards.residency_ends_first', { reason: 'RESIDENCY_ENDS_FIRST' });
  }

  /** Staff suspended the person's card entitlement: no replacement, new card, renewal or device binding until they lift it. */
  static entitlementSuspended() {
    return new CardsException(ErrorCode.FORBIDDEN, 'cards.entitlement_suspended', { reason: 'ENTITLEMENT_SUSPENDED' });
  }

  /** Staff revoked the person's card entitlement. */
  static entitlementRevoked() {
    return new CardsException(ErrorCode.FORBIDDEN, 'cards.entitlement_revoked', { reason: 'ENTITLEMENT_REVOKED' });
  }

  static reasonRequired() {
    return new CardsException(ErrorCode.BAD_USER_INPUT, 'cards.reason_required', {
      reason: 'VALIDATION_FAILED',
      fields: [{ field: 'reason', constraint: 'isNotEmpty', messageKey: 'cards.reason_required' }],
    });
  }
}
