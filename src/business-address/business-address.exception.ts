import { DomainException } from '../common/errors/domain.exception.js';
import { ErrorCode } from '../common/errors/error-code.js';

export class BusinessAddressException extends DomainException {
  static unknownServicePoint() {
    return new BusinessAddressException(ErrorCode.BAD_USER_INPUT, 'validation_failed', {
      reason: 'VALIDATION_FAILED',
      fields: [{ field: 'servicePointCode', constraint: 'known', messageKey: 'businessAddress.service_point_unknown' }],
    });
  }

  static forwardingAddressRequired() {
    return new BusinessAddressException(ErrorCode.BAD_USER_INPUT, 'validation_failed', {
      reason: 'VALIDATION_FAILED',
      fields: [{ field: 'forwardingAddress', constraint: 'required', messageKey: 'businessAddress.forwarding_address_required' }],
    });
  }

  static serviceAlreadyActive() {
    return new BusinessAddressException(ErrorCode.CONFLICT, 'businessAddress.service_already_active', { reason: 'SERVICE_ALREADY_ACTIVE' });
  }

  static serviceNotActive() {
    return new BusinessAddressException(ErrorCode.CONFLICT, 'businessAddress.service_not_active', { reason: 'SERVICE_NOT_ACTIVE' });
  }

  static mailAlreadyCompleted() {
    return new BusinessAddressException(ErrorCode.CONFLICT, 'businessAddress.mail_already_completed', { reason: 'MAIL_ALREADY_COMPLETED' });
  }

  static uploadMissing() {
    return BusinessAddressException.invalidMail('scan', 'businessAddress.upload_malformed');
  }

  static invalidMail(field: string, messageKey: string) {
    return new BusinessAddressException(ErrorCode.BAD_USER_INPUT, 'validation_failed', {
      reason: 'VALIDATION_FAILED',
      fields: [{ field, constraint: 'valid', messageKey }],
    });
  }

  static scanRequired() {
    return BusinessAddressException.invalidMail('scan', 'businessAddress.scan_required');
  }

  static scanNotAllowed() {
    return BusinessAddressException.invalidMail('scan', 'businessAddress.scan_not_allowed');
  }

  static scanType() {
    return BusinessAddressException.invalidMail('scan', 'businessAddress.scan_type');
  }

  static scanTooLarge(maxBytes: number) {
    return new BusinessAddressException(ErrorCode.BAD_USER_INPUT, 'validation_failed', {
      reason: 'VALIDATION_FAILED',
      fields: [
        {
          field: 'scan',
          constraint: 'max_size',
          messageKey: 'businessAddress.scan_too_large',
          params: { maxMegabytes: Math.floor(maxBytes / 1024 / 1024) },
        },
      ],
    });
  }
}
