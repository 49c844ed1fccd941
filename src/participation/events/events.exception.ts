import { DomainException } from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';

/** Errors of participation's events; messages are `errors:participationEvents.*`. */
export class EventsException extends DomainException {
  static field(field: string, constraint: string, key: string, params?: Record<string, unknown>) {
    return DomainException.invalidInput([{ field, constraint, messageKey: `participationEvents.${key}`, params }]);
  }

  static registrationClosed() {
    return new EventsException(ErrorCode.CONFLICT, 'participationEvents.registration_closed', { reason: 'REGISTRATION_CLOSED' });
  }

  static alreadyRegistered() {
    return new EventsException(ErrorCode.CONFLICT, 'participationEvents.already_registered', { reason: 'ALREADY_REGISTERED' });
  }

  static noOffer() {
    return new EventsException(ErrorCode.CONFLICT, 'participationEvents.no_offer', { reason: 'NO_OFFER' });
  }

  static notEditable() {
    return new EventsException(ErrorCode.CONFLICT, 'participationEvents.not_editable', { reason: 'NOT_EDITABLE' });
  }

  static notCancellable() {
    return new EventsException(ErrorCode.CONFLICT, 'participationEvents.not_cancellable', { reason: 'NOT_CANCELLABLE' });
  }
}
