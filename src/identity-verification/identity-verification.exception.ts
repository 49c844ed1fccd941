import { DomainException } from '../common/errors/domain.exception.js';
import { ErrorCode } from '../common/errors/error-code.js';
import type { AssuranceLevel } from '../common/auth/assurance-level.js';

export class IdentityVerificationException extends DomainException {
  static assuranceTooLow(required: AssuranceLevel) {
    return new IdentityVerificationException(ErrorCode.ASSURANCE_TOO_LOW, `identityVerification.assurance_too_low_${required}`, {
      reason: 'ASSURANCE_TOO_LOW',
      params: { required },
    });
  }

  /** The new proof names a different person than the identity already verified for this account. */
  static identityMismatch() {
    return new IdentityVerificationException(ErrorCode.CONFLICT, 'identityVerification.identity_mismatch', { reason: 'IDENTITY_MISMATCH' });
  }

  /** This eID identity (or video session) already verified another account: one person, one account. */
  static identityInUse() {
    return new IdentityVerificationException(ErrorCode.CONFLICT, 'identityVerification.identity_in_use', { reason: 'IDENTITY_IN_USE' });
  }

  /** An eID sign-in to continue (open or link an account) is not known, used or expired. */
  static signInExpired() {
    return new IdentityVerificationException(ErrorCode.CONFLICT, 'identityVerification.sign_in_expired', { reason: 'EID_SIGN_IN_EXPIRED' });
  }

  static invalidReturnTo() {
    return new IdentityVerificationException(ErrorCode.BAD_USER_INPUT, 'validation_failed', {
      reason: 'VALIDATION_FAILED',
      fields: [{ field: 'returnTo', constraint: 'samePath', messageKey: 'identityVerification.return_to_invalid' }],
    });
  }

  static alreadyVerified() {
    return new IdentityVerificationException(ErrorCode.CONFLICT, 'identityVerification.already_high', { reason: 'ALREADY_VERIFIED' });
  }

  static alreadySubstantial() {
    return new IdentityVerificationException(ErrorCode.CONFLICT, 'identityVerification.already_substantial', {
      reason: 'ALREADY_VERIFIED',
    });
  }

  static videoUnavailable() {
    return new IdentityVerificationException(ErrorCode.CONFLICT, 'identityVerification.video_unavailable', { reason: 'VIDEO_UNAVAILABLE' });
  }

  static videoSessionPending() {
    return new IdentityVerificationException(ErrorCode.CONFLICT, 'identityVerification.video_pending', { reason: 'VIDEO_PENDING' });
  }

  static eidUnavailable() {
    return new IdentityVerificationException(ErrorCode.INTERNAL, 'identityVerification.eid_unavailable', { reason: 'EID_UNAVAILABLE' });
  }
}
