import { DomainException } from '../common/errors/domain.exception.js';
import { ErrorCode } from '../common/errors/error-code.js';

export class AddressesException extends DomainException {
  /** No active pool serves this district: a configuration problem, not the person's. */
  static noPool(district: string) {
    return new AddressesException(ErrorCode.INTERNAL, 'addresses.no_pool', { reason: 'NO_ADDRESS_POOL', params: { district } });
  }

  static forwardingAddressRequired() {
    return new AddressesException(ErrorCode.BAD_USER_INPUT, 'addresses.forwarding_address_required', {
      reason: 'VALIDATION_FAILED',
      fields: [{ field: 'forwardingAddress', constraint: 'required', messageKey: 'addresses.forwarding_address_required' }],
    });
  }

  static invalidMail(field: string, messageKey: string, params?: Record<string, number>) {
    return new AddressesException(ErrorCode.BAD_USER_INPUT, 'validation_failed', {
      reason: 'VALIDATION_FAILED',
      fields: [{ field, constraint: 'valid', messageKey, ...(params ? { params } : {}) }],
    });
  }

  static mailAlreadyCompleted() {
    return new AddressesException(ErrorCode.CONFLICT, 'addresses.mail_already_completed', { reason: 'MAIL_ALREADY_COMPLETED' });
  }

  static poolCodeTaken() {
    return new AddressesException(ErrorCode.CONFLICT, 'validation_failed', {
      reason: 'POOL_CODE_TAKEN',
      fields: [{ field: 'code', constraint: 'unique', messageKey: 'addresses.pool_code_taken' }],
    });
  }

  static mailboxPrefixTaken() {
    return new AddressesException(ErrorCode.CONFLICT, 'validation_failed', {
      reason: 'MAILBOX_PREFIX_TAKEN',
      fields: [{ field: 'mailboxPrefix', constraint: 'unique', messageKey: 'addresses.mailbox_prefix_taken' }],
    });
  }

  /** Residents get their address by district: the last active pool of a district stays. */
  static lastPoolOfDistrict() {
    return new AddressesException(ErrorCode.CONFLICT, 'addresses.last_pool_of_district', { reason: 'LAST_POOL_OF_DISTRICT' });
  }
}
