import { DomainException } from '../common/errors/domain.exception.js';
import { ErrorCode } from '../common/errors/error-code.js';

export class BackofficeException extends DomainException {
  static caseClosed() {
    return new BackofficeException(ErrorCode.CONFLICT, 'backoffice.case_closed', { reason: 'CASE_CLOSED' });
  }

  static waitingForApplicant() {
    return new BackofficeException(ErrorCode.CONFLICT, 'backoffice.waiting_for_applicant', { reason: 'WAITING_FOR_APPLICANT' });
  }

  static alreadyClaimed() {
    return new BackofficeException(ErrorCode.CONFLICT, 'backoffice.already_claimed', { reason: 'CASE_ALREADY_CLAIMED' });
  }

  static assigneeNotEligible() {
    return new BackofficeException(ErrorCode.BAD_USER_INPUT, 'backoffice.assignee_not_eligible', {
      reason: 'VALIDATION_FAILED',
      fields: [{ field: 'assigneeId', constraint: 'eligible', messageKey: 'backoffice.assignee_not_eligible' }],
    });
  }

  static reasonRequired() {
    return new BackofficeException(ErrorCode.BAD_USER_INPUT, 'backoffice.reason_required', {
      reason: 'VALIDATION_FAILED',
      fields: [{ field: 'reasonCode', constraint: 'isIn', messageKey: 'backoffice.reason_required' }],
    });
  }

  static messageRequired() {
    return new BackofficeException(ErrorCode.BAD_USER_INPUT, 'backoffice.message_required', {
      reason: 'VALIDATION_FAILED',
      fields: [{ field: 'message', constraint: 'required', messageKey: 'backoffice.message_required' }],
    });
  }

  static invalidPeriod() {
    return new BackofficeException(ErrorCode.BAD_USER_INPUT, 'backoffice.invalid_period', {
      reason: 'VALIDATION_FAILED',
      fields: [{ field: 'to', constraint: 'period', messageKey: 'backoffice.invalid_period' }],
    });
  }
}
