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

  static invalidDiscount(field = 'discountPercent') {
    return new VenuesException(ErrorCode.BAD_USER_INPUT, 'venues.invalid_discount', {
      reason: 'VALIDATION_FAILED',
      fields: [{ field, constraint: 'oneOf', messageKey: 'venues.invalid_discount' }],
    });
  }

  static notAnOperator() {
    return new VenuesException(ErrorCode.FORBIDDEN, 'venues.not_an_operator', { reason: 'NOT_AN_OPERATOR' });
  }

  static applicationOpen() {
    return new VenuesException(ErrorCode.CONFLICT, 'venues.application_open', { reason: 'APPLICATION_OPEN' });
  }

  static alreadyOperator() {
    return new VenuesException(ErrorCode.CONFLICT, 'venues.already_operator', { reason: 'ALREADY_OPERATOR' });
  }

  static wrongApplicationStatus() {
    return new VenuesException(ErrorCode.CONFLICT, 'venues.application_status', { reason: 'WRONG_STATUS' });
  }

  static nameTaken() {
    return new VenuesException(ErrorCode.CONFLICT, 'venues.name_taken', {
      reason: 'NAME_TAKEN',
      fields: [{ field: 'name', constraint: 'unique', messageKey: 'venues.name_taken' }],
    });
  }

  static invitationUnusable(reason: 'INVITATION_EXPIRED' | 'INVITATION_REVOKED' | 'INVITATION_ACCEPTED') {
    return new VenuesException(ErrorCode.CONFLICT, `venues.${reason.toLowerCase()}`, { reason });
  }

  /** FORBIDDEN, not NOT_FOUND: whoever holds the link already sees which venue it is for. */
  static invitationForAnotherAddress() {
    return new VenuesException(ErrorCode.FORBIDDEN, 'venues.invitation_other_address', { reason: 'INVITATION_FOR_ANOTHER_ADDRESS' });
  }

  static tooManyInvitations(max: number) {
    return new VenuesException(ErrorCode.CONFLICT, 'venues.too_many_invitations', { reason: 'TOO_MANY_INVITATIONS', params: { max } });
  }

  static cannotRemoveSelf() {
    return new VenuesException(ErrorCode.CONFLICT, 'venues.cannot_remove_self', { reason: 'CANNOT_REMOVE_SELF' });
  }
}
