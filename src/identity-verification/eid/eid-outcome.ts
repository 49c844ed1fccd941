/** How an eID login ended; the client shows a message for each (`identityVerification:results.<outcome>`). */
export type EidOutcome =
  | 'verified'
  | 'cancelled'
  | 'refused'
  | 'expired'
  | 'invalid_state'
  | 'already_used'
  | 'verification_failed'
  | 'level_too_low'
  | 'incomplete_data'
  | 'identity_mismatch'
  | 'unavailable';
