import { AssuranceLevel } from '../../../common/auth/assurance-level.js';
import type { VideoIdentificationResult, VideoIdentifiedPerson } from '../video-identification-partner.js';

/**
 * The sandbox agent's decision from the test data shown to the "camera": a name containing
 * "Reject" is rejected (document not accepted); anything else is approved at level substantial.
 */
export function sandboxDecision(person: VideoIdentifiedPerson): VideoIdentificationResult {
  if (/reject/i.test(`${person.givenName} ${person.familyName}`)) return { approved: false, reason: 'document_not_accepted' };
  return { approved: true, person, level: AssuranceLevel.substantial };
}
