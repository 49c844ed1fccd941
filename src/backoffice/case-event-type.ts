/** What a case's timeline records: who did what (types are open-ended so kinds can add their own). */
export const CaseEventType = {
  opened: 'opened',
  claimed: 'claimed',
  assigned: 'assigned',
  unassigned: 'unassigned',
  approved: 'approved',
  rejected: 'rejected',
  info_requested: 'info_requested',
  applicant_answered: 'applicant_answered',
  evidence_added: 'evidence_added',
  evidence_viewed: 'evidence_viewed',
  details_changed: 'details_changed',
} as const;
