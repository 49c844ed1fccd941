import { ErrorCode } from '../../common/errors/error-code.js';
import { CompaniesException } from '../companies.exception.js';

/** Errors of the way from representative office to branch and subsidiary (messages in errors:companies.growth.*). */
export class GrowthException extends CompaniesException {
  static officeNotActive() {
    return new GrowthException(ErrorCode.CONFLICT, 'companies.growth.office_not_active', { reason: 'OFFICE_NOT_ACTIVE' });
  }

  static planExists() {
    return new GrowthException(ErrorCode.CONFLICT, 'companies.growth.plan_exists', { reason: 'GROWTH_PLAN_EXISTS' });
  }

  static wrongStage(stage: string) {
    return new GrowthException(ErrorCode.CONFLICT, 'companies.growth.wrong_stage', { reason: 'WRONG_STAGE', params: { stage } });
  }

  static wrongKind() {
    return new GrowthException(ErrorCode.CONFLICT, 'companies.growth.wrong_kind', { reason: 'WRONG_KIND' });
  }

  static checklistIncomplete(missing: number) {
    return new GrowthException(ErrorCode.CONFLICT, 'companies.growth.checklist_incomplete', {
      reason: 'CHECKLIST_INCOMPLETE',
      params: { count: missing },
    });
  }

  static subsidiaryIncomplete() {
    return new GrowthException(ErrorCode.CONFLICT, 'companies.growth.subsidiary_incomplete', { reason: 'SUBSIDIARY_INCOMPLETE' });
  }

  static documentType() {
    return new GrowthException(ErrorCode.BAD_USER_INPUT, 'companies.growth.document_type', { reason: 'DOCUMENT_TYPE_NOT_ALLOWED' });
  }

  static businessStartMissing() {
    return new GrowthException(ErrorCode.CONFLICT, 'companies.growth.business_start_missing', { reason: 'BUSINESS_START_MISSING' });
  }
}
