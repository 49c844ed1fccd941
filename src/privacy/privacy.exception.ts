import { DomainException } from '../common/errors/domain.exception.js';
import { ErrorCode } from '../common/errors/error-code.js';

export class PrivacyException extends DomainException {
  /** Staff accounts are erased by an administrator withdrawing their roles first, not by themselves. */
  static staffCannotErase() {
    return new PrivacyException(ErrorCode.CONFLICT, 'privacy.staff_cannot_erase', { reason: 'STAFF_ACCOUNT' });
  }
}
