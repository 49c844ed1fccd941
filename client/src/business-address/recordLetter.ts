import { postLetter } from '../api/restFiles';
import type { BusinessMailItem } from './operations';

/** Staff: records a letter for a business mailbox, with its scan when the company chose scanning. */
export function recordLetter(
  fields: { allocationId: string; sender: string; receivedOn: string },
  scan: File | null,
): Promise<BusinessMailItem> {
  return postLetter<BusinessMailItem>('/api/business-mail', fields, scan);
}
