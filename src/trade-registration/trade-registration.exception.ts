import { DomainException, type FieldError } from '../common/errors/domain.exception.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { param } from '../common/i18n/message-params.js';

export const tradeField = (name: string, constraint: string, key: string, params?: Record<string, unknown>): FieldError => ({
  field: name,
  constraint,
  messageKey: `tradeRegistration.${key}`,
  params,
});

export class TradeRegistrationException extends DomainException {
  static invalid(fields: FieldError[]) {
    return new TradeRegistrationException(ErrorCode.BAD_USER_INPUT, 'validation_failed', { reason: 'VALIDATION_FAILED', fields });
  }

  /** Not possible in the registration's current status (e.g. submitting twice, paying a draft). */
  static wrongStatus(status: string) {
    return new TradeRegistrationException(ErrorCode.CONFLICT, 'tradeRegistration.wrong_status', {
      reason: 'TRADE_REGISTRATION_STATUS',
      params: { status: param.key(`errors:tradeRegistration.statuses.${status}`) },
    });
  }

  static noBusinessAddress() {
    return new TradeRegistrationException(ErrorCode.BAD_USER_INPUT, 'tradeRegistration.no_business_address', {
      reason: 'NO_BUSINESS_ADDRESS',
    });
  }

  static personsUnverified() {
    return new TradeRegistrationException(ErrorCode.BAD_USER_INPUT, 'tradeRegistration.persons_unverified', {
      reason: 'PERSONS_UNVERIFIED',
    });
  }

  static answerRequired() {
    return TradeRegistrationException.invalid([tradeField('answer', 'required', 'answer_required')]);
  }

  static alreadyRegistered() {
    return new TradeRegistrationException(ErrorCode.CONFLICT, 'tradeRegistration.already_registered', { reason: 'ALREADY_REGISTERED' });
  }

  static exportNotRegistered() {
    return new TradeRegistrationException(ErrorCode.CONFLICT, 'tradeRegistration.export_not_registered', {
      reason: 'TRADE_REGISTRATION_STATUS',
    });
  }

  static notRegistered() {
    return new TradeRegistrationException(ErrorCode.CONFLICT, 'tradeRegistration.not_registered', { reason: 'TRADE_REGISTRATION_STATUS' });
  }
}
