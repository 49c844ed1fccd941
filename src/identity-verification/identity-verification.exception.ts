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

  static inPersonUnavailable() {
    return new IdentityVerificationException(ErrorCode.CONFLICT, 'identityVerification.in_person_unavailable', {
      reason: 'IN_PERSON_UNAVAILABLE',
    });
  }

  static unknownServicePoint() {
    return new IdentityVerificationException(ErrorCode.BAD_USER_INPUT, 'validation_failed', {
      reason: 'VALIDATION_FAILED',
      fields: [{ field: 'servicePointId', constraint: 'knownServicePoint', messageKey: 'identityVerification.unknown_service_point' }],
    });
  }

  /** The booking was already confirmed, rejected or cancelled. */
  static inPersonNotOpen() {
    return new IdentityVerificationException(ErrorCode.CONFLICT, 'identityVerification.in_person_not_open', {
      reason: 'IN_PERSON_NOT_OPEN',
    });
  }

  /** Data from the presented passport that cannot be right (staff typed them from the terminal's screen). */
  static invalidDocument(fields: string[]) {
    return new IdentityVerificationException(ErrorCode.BAD_USER_INPUT, 'validation_failed', {
      reason: 'VALIDATION_FAILED',
      fields: fields.map((field) => ({
        field,
        constraint: 'documentData',
        messageKey:
          field === 'birthDate'
            ? 'identityVerification.document_birth_date'
            : field === 'nationality'
              ? 'identityVerification.document_nationality'
              : 'validation.required',
      })),
    });
  }

  static eidUnavailable() {
    return new IdentityVerificationException(ErrorCode.INTERNAL, 'identityVerification.eid_unavailable', { reason: 'EID_UNAVAILABLE' });
  }
}
