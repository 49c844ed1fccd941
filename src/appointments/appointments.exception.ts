import { DomainException } from '../common/errors/domain.exception.js';
import { ErrorCode } from '../common/errors/error-code.js';

/** Errors of the appointments domain; messages are `errors:appointments.*`. */
export class AppointmentsException extends DomainException {
  static field(field: string, constraint: string, key: string, params?: Record<string, unknown>) {
    return DomainException.invalidInput([{ field, constraint, messageKey: `appointments.${key}`, params }]);
  }

  /** The slot was taken (by someone faster): the database's constraint said no. */
  static slotTaken() {
    return new AppointmentsException(ErrorCode.CONFLICT, 'appointments.slot_taken', { reason: 'SLOT_TAKEN' });
  }

  /** The booker already has an appointment at that time. */
  static overlapping() {
    return new AppointmentsException(ErrorCode.CONFLICT, 'appointments.overlapping', { reason: 'OVERLAPPING_APPOINTMENT' });
  }

  static notChangeable() {
    return new AppointmentsException(ErrorCode.CONFLICT, 'appointments.not_changeable', { reason: 'NOT_CHANGEABLE' });
  }

  static linkInvalid() {
    return new AppointmentsException(ErrorCode.NOT_FOUND, 'appointments.link_invalid', { reason: 'LINK_INVALID' });
  }
}
