import { meetsAssurance, type AssuranceLevel } from '../common/auth/assurance-level.js';
import type { AppConfig } from '../config/app-config.js';
import type { ApplicationFacts, StudentFacts } from './application-facts.js';
import { EXPECTED_EVIDENCE, type EvidenceKind } from './evidence-kind.js';
import { ResidencyCategory } from './residency-category.js';

export interface RuleSubject {
  category: ResidencyCategory;
  facts: ApplicationFacts;
  assuranceLevel: AssuranceLevel;
  /** The applicant has a verified identity (eID or video); its name is what the residency carries. */
  identityVerified: boolean;
  /** The same verified person already holds an active residency through another account. */
  residentElsewhere: boolean;
  evidenceKinds: readonly EvidenceKind[];
  /** `YYYY-MM-DD` in Berlin. */
  today: string;
}

export type AutoApprovalRules = AppConfig['residency']['autoApproval'];

/**
 * Why an application is not clear enough to approve automatically; empty means it is. Each
 * finding is a stable code that staff see on the case (`residency:findings.<code>`).
 */
export function autoApprovalFindings(rules: AutoApprovalRules, subject: RuleSubject): string[] {
  const findings: string[] = [];
  if (!rules.enabled) findings.push('auto_approval_off');
  if (!rules.categories.includes(subject.category)) findings.push('category_needs_staff');
  if (!meetsAssurance(subject.assuranceLevel, rules.minAssurance as AssuranceLevel)) findings.push('assurance_too_low');
  // A typed name is never approved automatically (the level alone may come from elsewhere).
  else if (!subject.identityVerified) findings.push('identity_not_verified');
  if (subject.residentElsewhere) findings.push('resident_through_other_account');
  if (!subject.evidenceKinds.includes(EXPECTED_EVIDENCE[subject.category])) findings.push('expected_evidence_missing');
  if (subject.category === ResidencyCategory.student) {
    const { enrolmentFrom, enrolmentUntil } = subject.facts as StudentFacts;
    if (subject.today < enrolmentFrom || subject.today > enrolmentUntil) findings.push('enrolment_not_current');
  }
  return findings;
}
