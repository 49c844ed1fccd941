import { DomainException } from '../common/errors/domain.exception.js';
import { ErrorCode } from '../common/errors/error-code.js';

/** Errors of the consultations domain; messages are `errors:consultations.*`. */
export class ConsultationsException extends DomainException {
  static field(field: string, constraint: string, key: string, params?: Record<string, unknown>) {
    return DomainException.invalidInput([{ field, constraint, messageKey: `consultations.${key}`, params }]);
  }

  /** Not a video appointment of the caller (someone else's, in person, cancelled, unknown): the same answer for all. */
  static override notFound() {
    return new ConsultationsException(ErrorCode.NOT_FOUND, 'consultations.not_found', { reason: 'CONSULTATION_NOT_FOUND' });
  }

  /** The room opens `minutes` before the start; `opensAt` says when. */
  static notOpenYet(opensAt: Date, minutes: number) {
    return new ConsultationsException(ErrorCode.FORBIDDEN, 'consultations.not_open_yet', {
      reason: 'ROOM_NOT_OPEN',
      params: { opensAt: opensAt.toISOString(), minutes },
    });
  }

  static closed() {
    return new ConsultationsException(ErrorCode.FORBIDDEN, 'consultations.closed', { reason: 'ROOM_CLOSED' });
  }

  /** A room token that is forged, expired, or someone else's. */
  static tokenInvalid() {
    return new ConsultationsException(ErrorCode.FORBIDDEN, 'consultations.token_invalid', { reason: 'ROOM_TOKEN_INVALID' });
  }

  /** Talk now: nobody of the office is on duty (the caller is offered the next video slot instead). */
  static nobodyOnDuty() {
    return new ConsultationsException(ErrorCode.CONFLICT, 'consultations.nobody_on_duty', { reason: 'NOBODY_ON_DUTY' });
  }

  /** Talk now: staff must go on duty before taking a caller. */
  static notOnDuty() {
    return new ConsultationsException(ErrorCode.CONFLICT, 'consultations.not_on_duty', { reason: 'NOT_ON_DUTY' });
  }

  /** Talk now: someone not on the office's staff. */
  static notStaff() {
    return new ConsultationsException(ErrorCode.FORBIDDEN, 'consultations.not_staff', { reason: 'NOT_OFFICE_STAFF' });
  }

  /** Talk now: the same staff member took two callers at once (the database keeps one). */
  static busy() {
    return new ConsultationsException(ErrorCode.CONFLICT, 'consultations.busy', { reason: 'TALK_NOW_BUSY' });
  }
}
