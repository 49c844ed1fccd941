import { DomainException } from '../common/errors/domain.exception.js';
import { ErrorCode } from '../common/errors/error-code.js';

export class SecureMessagingException extends DomainException {
  static invalid(field: string, messageKey: string, params?: Record<string, unknown>) {
    return new SecureMessagingException(ErrorCode.BAD_USER_INPUT, 'validation_failed', {
      reason: 'VALIDATION_FAILED',
      fields: [{ field, constraint: 'invalid', messageKey, params }],
    });
  }

  /**
   * The one answer for a thread, message, attachment or company the caller may not read, whether it
   * belongs to someone else, does not exist or is malformed: the platform's own NOT_FOUND, which is
   * also what the GraphQL argument guard answers for a malformed id before any resolver runs.
   */
  static mailboxNotFound() {
    return new SecureMessagingException(ErrorCode.NOT_FOUND, 'not_found');
  }

  static multipartExpected() {
    return new SecureMessagingException(ErrorCode.BAD_USER_INPUT, 'messaging.multipart_expected', { reason: 'MULTIPART_EXPECTED' });
  }

  static attachmentTooLarge(maxBytes: number) {
    return new SecureMessagingException(ErrorCode.BAD_USER_INPUT, 'messaging.attachment_too_large', {
      reason: 'ATTACHMENT_TOO_LARGE',
      params: { max: Math.floor((maxBytes / 1_048_576) * 10) / 10 },
    });
  }

  static tooManyAttachments(max: number) {
    return new SecureMessagingException(ErrorCode.BAD_USER_INPUT, 'messaging.too_many_attachments', {
      reason: 'TOO_MANY_ATTACHMENTS',
      params: { max },
    });
  }

  static attachmentType(fileName: string) {
    return new SecureMessagingException(ErrorCode.BAD_USER_INPUT, 'messaging.attachment_type', {
      reason: 'ATTACHMENT_TYPE_NOT_ALLOWED',
      params: { fileName },
    });
  }

  static signatureRequired() {
    return new SecureMessagingException(ErrorCode.BAD_USER_INPUT, 'messaging.signature_required', { reason: 'SIGNATURE_REQUIRED' });
  }

  static notASignature() {
    return new SecureMessagingException(ErrorCode.BAD_USER_INPUT, 'messaging.not_a_signature', { reason: 'NOT_A_SIGNATURE' });
  }

  static documentRequired() {
    return new SecureMessagingException(ErrorCode.BAD_USER_INPUT, 'messaging.document_required', { reason: 'DOCUMENT_REQUIRED' });
  }

  static fileTooLarge(maxBytes: number) {
    return new SecureMessagingException(ErrorCode.BAD_USER_INPUT, 'messaging.file_too_large', {
      reason: 'FILE_TOO_LARGE',
      params: { max: Math.floor((maxBytes / 1_048_576) * 10) / 10 },
    });
  }
}
