import { DomainException, type FieldError } from '../common/errors/domain.exception.js';
import { ErrorCode } from '../common/errors/error-code.js';

const field = (name: string, constraint: string, messageKey: string, params?: Record<string, unknown>): FieldError => ({
  field: name,
  constraint,
  messageKey,
  params,
});

export class ResidencyException extends DomainException {
  static invalidFacts(fields: FieldError[]) {
    return new ResidencyException(ErrorCode.BAD_USER_INPUT, 'validation_failed', { reason: 'VALIDATION_FAILED', fields });
  }

  static factsRequired(key: string) {
    return ResidencyException.invalidFacts([field(key, 'required', 'residents.facts_required')]);
  }

  static consentRequired() {
    return ResidencyException.invalidFacts([field('consent', 'equals', 'residents.consent_required')]);
  }

  static applicationExists() {
    return new ResidencyException(ErrorCode.CONFLICT, 'residents.application_exists', { reason: 'APPLICATION_EXISTS' });
  }

  static alreadyResident() {
    return new ResidencyException(ErrorCode.CONFLICT, 'residents.already_resident', { reason: 'ALREADY_RESIDENT' });
  }

  static districtMismatch() {
    return new ResidencyException(ErrorCode.BAD_USER_INPUT, 'residents.district_mismatch', {
      reason: 'DISTRICT_MISMATCH',
      fields: [field('district', 'equals', 'residents.district_mismatch')],
    });
  }

  /** The application is not in a state that allows this (e.g. uploading to a submitted one). */
  static wrongStatus(status: string) {
    return new ResidencyException(ErrorCode.CONFLICT, `residents.not_allowed_when_${status}`, { reason: 'APPLICATION_STATUS' });
  }

  static evidenceRequired() {
    return new ResidencyException(ErrorCode.BAD_USER_INPUT, 'residents.evidence_required', { reason: 'EVIDENCE_REQUIRED' });
  }

  static evidenceTypeNotAllowed() {
    return new ResidencyException(ErrorCode.BAD_USER_INPUT, 'residents.evidence_type', { reason: 'EVIDENCE_TYPE_NOT_ALLOWED' });
  }

  static evidenceTooLarge(maxBytes: number) {
    return new ResidencyException(ErrorCode.BAD_USER_INPUT, 'residents.evidence_too_large', {
      reason: 'EVIDENCE_TOO_LARGE',
      params: { max: Math.floor((maxBytes / 1_048_576) * 10) / 10 },
    });
  }

  static evidenceEmpty() {
    return new ResidencyException(ErrorCode.BAD_USER_INPUT, 'residents.evidence_empty', { reason: 'EVIDENCE_EMPTY' });
  }

  static tooManyFiles(max: number) {
    return new ResidencyException(ErrorCode.BAD_USER_INPUT, 'residents.evidence_too_many', {
      reason: 'EVIDENCE_TOO_MANY',
      params: { count: max },
    });
  }

  static oneFilePerUpload() {
    return new ResidencyException(ErrorCode.BAD_USER_INPUT, 'residents.one_file_per_upload', { reason: 'EVIDENCE_TOO_MANY' });
  }

  static uploadMissing() {
    return new ResidencyException(ErrorCode.BAD_USER_INPUT, 'residents.upload_missing', { reason: 'UPLOAD_MISSING' });
  }

  static evidenceKindInvalid() {
    return new ResidencyException(ErrorCode.BAD_USER_INPUT, 'residents.evidence_kind', {
      reason: 'VALIDATION_FAILED',
      fields: [field('kind', 'isEnum', 'residents.evidence_kind')],
    });
  }
}
