import { AssuranceLevel } from '../common/auth/assurance-level.js';
import { EvidenceKind } from './evidence-kind.js';
import { autoApprovalFindings, type AutoApprovalRules, type RuleSubject } from './residency-rules.js';
import { ResidencyCategory } from './residency-category.js';

const rules: AutoApprovalRules = {
  enabled: true,
  minAssurance: 'substantial',
  categories: ['student', 'commuter', 'second_home', 'former_resident'],
};

const student: RuleSubject = {
  category: ResidencyCategory.student,
  facts: { university: 'Ruhr-Universität Bochum', enrolmentFrom: '2026-04-01', enrolmentUntil: '2027-03-31' },
  assuranceLevel: AssuranceLevel.substantial,
  identityVerified: true,
  residentElsewhere: false,
  evidenceKinds: [EvidenceKind.enrolment_certificate],
  today: '2026-10-15',
};

describe('automatic approval rules', () => {
  it('approves a clear case: substantial identity, the expected document, a current enrolment', () => {
    expect(autoApprovalFindings(rules, student)).toEqual([]);
    expect(autoApprovalFindings(rules, { ...student, assuranceLevel: AssuranceLevel.high })).toEqual([]);
  });

  it('never approves a typed name: without a verified identity, or when the verified person is a resident through another account', () => {
    expect(autoApprovalFindings(rules, { ...student, identityVerified: false })).toEqual(['identity_not_verified']);
    expect(
      autoApprovalFindings({ ...rules, minAssurance: 'low' }, { ...student, assuranceLevel: AssuranceLevel.low, identityVerified: false }),
    ).toEqual(['identity_not_verified']);
    expect(autoApprovalFindings(rules, { ...student, residentElsewhere: true })).toEqual(['resident_through_other_account']);
  });

  it('sends everything else to staff, saying why', () => {
    expect(autoApprovalFindings(rules, { ...student, assuranceLevel: AssuranceLevel.low })).toEqual(['assurance_too_low']);
    expect(autoApprovalFindings(rules, { ...student, evidenceKinds: [EvidenceKind.other] })).toEqual(['expected_evidence_missing']);
    expect(autoApprovalFindings(rules, { ...student, today: '2027-04-01' })).toEqual(['enrolment_not_current']);
    expect(autoApprovalFindings({ ...rules, enabled: false }, student)).toEqual(['auto_approval_off']);
    expect(autoApprovalFindings({ ...rules, categories: ['commuter'] }, student)).toEqual(['category_needs_staff']);
    expect(autoApprovalFindings({ ...rules, minAssurance: 'high' }, student)).toEqual(['assurance_too_low']);
  });

  it('expects the document that fits the category', () => {
    const commuter: RuleSubject = {
      ...student,
      category: ResidencyCategory.commuter,
      facts: { employer: 'Stadtwerke Bochum', workAddress: 'Ostring 28, 44787 Bochum' },
      evidenceKinds: [EvidenceKind.enrolment_certificate],
    };
    expect(autoApprovalFindings(rules, commuter)).toEqual(['expected_evidence_missing']);
    expect(autoApprovalFindings(rules, { ...commuter, evidenceKinds: [EvidenceKind.employer_letter] })).toEqual([]);
  });
});
