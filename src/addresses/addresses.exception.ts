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
}
