import { DomainException } from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';

/** Errors of participation's news, with stable reasons and field keys in `errors:participation.news.*`. */
export class NewsException extends DomainException {
  static field(field: string, constraint: string, key: string, params?: Record<string, unknown>) {
    return new NewsException(ErrorCode.BAD_USER_INPUT, 'validation_failed', {
      reason: 'VALIDATION_FAILED',
      fields: [{ field, constraint, messageKey: `participationNews.${key}`, params }],
    });
  }

  static titleRequired(field = 'titleDe') {
    return NewsException.field(field, 'required', 'title_required');
  }

  static tooLong(field: string, max: number) {
    return NewsException.field(field, 'maxLength', 'too_long', { max });
  }

  static publishAtInPast() {
    return NewsException.field('publishAt', 'future', 'publish_at_past');
  }

  static emptyAudience() {
    return NewsException.field('audience', 'notEmpty', 'audience_empty');
  }

  static unknownLanguage(field: string) {
    return NewsException.field(field, 'language', 'unknown_language');
  }

  static imageMissing() {
    return NewsException.field('file', 'required', 'image_missing');
  }

  static imageType() {
    return NewsException.field('file', 'mediaType', 'image_type');
  }

  static imageTooLarge(maxBytes: number) {
    return NewsException.field('file', 'maxSize', 'image_too_large', { maxMegabytes: Math.round(maxBytes / 1024 / 1024) });
  }

  static notPublished() {
    return new NewsException(ErrorCode.CONFLICT, 'participationNews.not_published', { reason: 'NOT_PUBLISHED' });
  }
}
