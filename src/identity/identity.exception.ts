import { DomainException } from '../common/errors/domain.exception.js';
import { ErrorCode } from '../common/errors/error-code.js';

export class IdentityException extends DomainException {
  /** The same answer for an unknown e-mail and a wrong password. */
  static invalidCredentials() {
    return new IdentityException(ErrorCode.UNAUTHENTICATED, 'identity.invalid_credentials', { reason: 'INVALID_CREDENTIALS' });
  }

  static emailNotVerified() {
    return new IdentityException(ErrorCode.FORBIDDEN, 'identity.email_not_verified', { reason: 'EMAIL_NOT_VERIFIED' });
  }

  /** Too many e-mails requested for one address or from one client; the wait is given in minutes. */
  static tooManyEmails(msBeforeNext: number) {
    const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
    return new IdentityException(ErrorCode.RATE_LIMITED, 'identity.too_many_emails', {
      reason: 'RATE_LIMITED',
      retryAfterSeconds,
      params: { count: Math.ceil(retryAfterSeconds / 60) },
    });
  }

  static weakPassword(field: string, problem: 'too_short' | 'too_long' | 'common' | 'contains_email', params?: Record<string, unknown>) {
    const messageKey = `identity.password_${problem}`;
    return new IdentityException(ErrorCode.BAD_USER_INPUT, messageKey, {
      reason: 'WEAK_PASSWORD',
      params,
      fields: [{ field, constraint: `password_${problem}`, messageKey, params }],
    });
  }

  static wrongCurrentPassword() {
    return new IdentityException(ErrorCode.BAD_USER_INPUT, 'identity.wrong_current_password', {
      reason: 'WRONG_PASSWORD',
      fields: [{ field: 'currentPassword', constraint: 'matches', messageKey: 'identity.wrong_current_password' }],
    });
  }

  static linkExpired() {
    return new IdentityException(ErrorCode.BAD_USER_INPUT, 'identity.link_expired', { reason: 'LINK_EXPIRED' });
  }

  static linkInvalid() {
    return new IdentityException(ErrorCode.BAD_USER_INPUT, 'identity.link_invalid', { reason: 'LINK_INVALID' });
  }

  static sessionInvalid() {
    return new IdentityException(ErrorCode.UNAUTHENTICATED, 'identity.session_invalid', { reason: 'SESSION_INVALID' });
  }

  static unsupportedLanguage(field: string) {
    return new IdentityException(ErrorCode.BAD_USER_INPUT, 'identity.unsupported_language', {
      reason: 'VALIDATION_FAILED',
      fields: [{ field, constraint: 'isIn', messageKey: 'identity.unsupported_language' }],
    });
  }

  /** Nobody changes their own roles: another administrator has to. */
  static ownRoles() {
    return new IdentityException(ErrorCode.FORBIDDEN, 'identity.roles_own_account', { reason: 'OWN_ROLES' });
  }

  static lastAdministrator() {
    return new IdentityException(ErrorCode.CONFLICT, 'identity.roles_last_admin', { reason: 'LAST_ADMINISTRATOR' });
  }

  static assuranceLocksOut() {
    return new IdentityException(ErrorCode.CONFLICT, 'identity.roles_assurance_locks_out', { reason: 'ASSURANCE_LOCKS_OUT' });
  }

  static roleAlreadyHeld() {
    return new IdentityException(ErrorCode.CONFLICT, 'identity.roles_already_held', { reason: 'ROLE_ALREADY_HELD' });
  }

  static roleNotHeld() {
    return new IdentityException(ErrorCode.CONFLICT, 'identity.roles_not_held', { reason: 'ROLE_NOT_HELD' });
  }

  /** Roles that follow from what a person did (resident, company or venue) are not granted by hand. */
  static roleNotAdministered() {
    return new IdentityException(ErrorCode.BAD_USER_INPUT, 'validation_failed', {
      reason: 'VALIDATION_FAILED',
      fields: [{ field: 'role', constraint: 'administered', messageKey: 'identity.roles_not_administered' }],
    });
  }
}
