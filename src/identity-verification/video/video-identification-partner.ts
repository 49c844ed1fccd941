import type { AssuranceLevel } from '../../common/auth/assurance-level.js';

/** What the partner's agent confirmed from the identity document during the call. */
export interface VideoIdentifiedPerson {
  givenName: string;
  familyName: string;
  birthDate: string;
  nationality: string;
  placeOfBirth: string | null;
}

export type VideoIdentificationResult =
  { approved: true; person: VideoIdentifiedPerson; level: AssuranceLevel } | { approved: false; reason: string };

/**
 * A video identification partner (an identity provider with agents who check the document over
 * video). The partner reports its decision later through `VideoIdentificationService.applyResult`.
 */
export interface VideoIdentificationPartner {
  /** Stored with each session, e.g. `local-sandbox`. */
  readonly name: string;
  /** Opens a session at the partner: its reference and the page where the person starts the call. */
  open(session: { id: string; language: string }): Promise<{ reference: string; url: string }>;
}

export const VIDEO_IDENTIFICATION_PARTNER = Symbol('VideoIdentificationPartner');
