import { registerEnumType } from '@nestjs/graphql';
import { ResidencyCategory } from './residency-category.js';

/** What an evidence document proves, as the applicant declares it. */
export enum EvidenceKind {
  enrolment_certificate = 'enrolment_certificate',
  employer_letter = 'employer_letter',
  second_home_registration = 'second_home_registration',
  former_registration = 'former_registration',
  other = 'other',
}

/** The document that makes a category's case clear enough to approve without staff. */
export const EXPECTED_EVIDENCE: Record<ResidencyCategory, EvidenceKind> = {
  [ResidencyCategory.student]: EvidenceKind.enrolment_certificate,
  [ResidencyCategory.commuter]: EvidenceKind.employer_letter,
  [ResidencyCategory.second_home]: EvidenceKind.second_home_registration,
  [ResidencyCategory.former_resident]: EvidenceKind.former_registration,
};

registerEnumType(EvidenceKind, { name: 'EvidenceKind' });
