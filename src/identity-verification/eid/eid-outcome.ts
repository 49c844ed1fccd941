/** How an eID login ended; the client shows a message for each (`identity-verification:results.<outcome>`). */
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
  | 'identity_in_use'
  | 'unavailable'
  // Sign-in with the eID:
  | 'signed_in'
  | 'new_identity'
  | 'email_not_verified';
