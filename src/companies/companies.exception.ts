import { DomainException, type FieldError } from '../common/errors/domain.exception.js';
import { ErrorCode } from '../common/errors/error-code.js';

export const companyField = (name: string, constraint: string, messageKey: string, params?: Record<string, unknown>): FieldError => ({
  field: name,
  constraint,
  messageKey,
  params,
});

export class CompaniesException extends DomainException {
  static invalid(fields: FieldError[]) {
    return new CompaniesException(ErrorCode.BAD_USER_INPUT, 'validation_failed', { reason: 'VALIDATION_FAILED', fields });
  }

  static ownerRequired() {
    return new CompaniesException(ErrorCode.FORBIDDEN, 'companies.owner_required', { reason: 'OWNER_REQUIRED' });
  }

  static lastOwner() {
    return new CompaniesException(ErrorCode.CONFLICT, 'companies.last_owner', { reason: 'LAST_OWNER' });
  }

  static alreadyRepresentative() {
    return new CompaniesException(ErrorCode.CONFLICT, 'companies.already_representative', { reason: 'ALREADY_REPRESENTATIVE' });
  }

  static invitationUnusable(reason: 'INVITATION_EXPIRED' | 'INVITATION_REVOKED' | 'INVITATION_ACCEPTED') {
    return new CompaniesException(ErrorCode.CONFLICT, `companies.${reason.toLowerCase()}`, { reason });
  }

  /**
   * The signed-in account is not the one the invitation was sent to. FORBIDDEN rather than
   * NOT_FOUND: whoever holds the link already sees what it offers (`companyInvitation`), so its
   * existence is no secret to them; the invited address itself is never named.
   */
  static invitationForAnotherAddress() {
    return new CompaniesException(ErrorCode.FORBIDDEN, 'companies.invitation_other_address', { reason: 'INVITATION_FOR_ANOTHER_ADDRESS' });
  }

  static tooManyInvitations(max: number) {
    return new CompaniesException(ErrorCode.CONFLICT, 'companies.too_many_invitations', {
      reason: 'TOO_MANY_INVITATIONS',
      params: { max },
    });
  }

  /** The VAT id changed while its check ran; the new id has its own check. */
  static vatChanged() {
    return new CompaniesException(ErrorCode.CONFLICT, 'companies.vat_changed', { reason: 'VAT_ID_CHANGED' });
  }

  static establishmentExists() {
    return new CompaniesException(ErrorCode.CONFLICT, 'companies.establishment_exists', { reason: 'ESTABLISHMENT_EXISTS' });
  }

  static unknownServicePoint() {
    return CompaniesException.invalid([companyField('servicePointCode', 'isIn', 'companies.service_point_unknown')]);
  }

  static extractTypeNotAllowed() {
    return new CompaniesException(ErrorCode.BAD_USER_INPUT, 'companies.extract_type', { reason: 'EXTRACT_TYPE_NOT_ALLOWED' });
  }

  static extractTooLarge(maxBytes: number) {
    return new CompaniesException(ErrorCode.BAD_USER_INPUT, 'companies.extract_too_large', {
      reason: 'EXTRACT_TOO_LARGE',
      params: { max: Math.floor((maxBytes / 1_048_576) * 10) / 10 },
    });
  }

  static extractMissing() {
    return new CompaniesException(ErrorCode.BAD_USER_INPUT, 'companies.extract_missing', { reason: 'UPLOAD_MISSING' });
  }
}
