import { DomainException, type FieldError } from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';

export const surveyField = (field: string, constraint: string, key: string, params?: Record<string, unknown>): FieldError => ({
  field,
  constraint,
  messageKey: `participationSurveys.${key}`,
  params,
});

/** Errors of participation's surveys (messages in errors:participationSurveys.*). */
export class SurveysException extends DomainException {
  static invalid(fields: FieldError[]) {
    return new SurveysException(ErrorCode.BAD_USER_INPUT, 'validation_failed', { reason: 'VALIDATION_FAILED', fields });
  }

  static alreadyAnswered() {
    return new SurveysException(ErrorCode.CONFLICT, 'participationSurveys.already_answered', { reason: 'ALREADY_ANSWERED' });
  }

  static notYetOpen() {
    return new SurveysException(ErrorCode.CONFLICT, 'participationSurveys.not_yet_open', { reason: 'SURVEY_NOT_YET_OPEN' });
  }

  static closed() {
    return new SurveysException(ErrorCode.CONFLICT, 'participationSurveys.closed', { reason: 'SURVEY_CLOSED' });
  }

  static notDraft() {
    return new SurveysException(ErrorCode.CONFLICT, 'participationSurveys.not_draft', { reason: 'SURVEY_NOT_DRAFT' });
  }

  static notPublished() {
    return new SurveysException(ErrorCode.CONFLICT, 'participationSurveys.not_published', { reason: 'SURVEY_NOT_PUBLISHED' });
  }
}
