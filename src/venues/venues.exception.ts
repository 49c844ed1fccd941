import { DomainException } from '../common/errors/domain.exception.js';
import { ErrorCode } from '../common/errors/error-code.js';

export class VenuesException extends DomainException {
  static missingApiKey() {
    return new VenuesException(ErrorCode.UNAUTHENTICATED, 'venues.api_key_missing', { reason: 'API_KEY_MISSING' });
  }

  static invalidApiKey() {
    return new VenuesException(ErrorCode.UNAUTHENTICATED, 'venues.api_key_invalid', { reason: 'API_KEY_INVALID' });
  }

  static tooManyKeys() {
    return new VenuesException(ErrorCode.CONFLICT, 'venues.too_many_keys', { reason: 'TOO_MANY_KEYS' });
  }

  static unknownOffer() {
    return new VenuesException(ErrorCode.BAD_USER_INPUT, 'venues.unknown_offer', {
      reason: 'UNKNOWN_OFFER',
      fields: [{ field: 'offerId', constraint: 'exists', messageKey: 'venues.unknown_offer' }],
    });
  }

  static malformed(field: string) {
    return new VenuesException(ErrorCode.BAD_USER_INPUT, 'validation_failed', {
      reason: 'VALIDATION_FAILED',
      fields: [{ field, constraint: 'format', messageKey: 'validation.invalid' }],
    });
  }

  static invalidDiscount() {
    return new VenuesException(ErrorCode.BAD_USER_INPUT, 'venues.invalid_discount', {
      reason: 'VALIDATION_FAILED',
      fields: [{ field: 'discountPercent', constraint: 'oneOf', messageKey: 'venues.invalid_discount' }],
    });
  }

  static notAnOperator() {
    return new VenuesException(ErrorCode.FORBIDDEN, 'venues.not_an_operator', { reason: 'NOT_AN_OPERATOR' });
  }
}
