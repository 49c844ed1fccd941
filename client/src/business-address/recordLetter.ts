import { authorizedFetch } from '../api/restFiles';
import type { BusinessMailItem } from './operations';

/** Staff: records a letter for a mailbox, with its scan when the company chose scanning (multipart). */
export async function recordLetter(
  fields: { allocationId: string; sender: string; receivedOn: string },
  scan: File | null,
): Promise<BusinessMailItem> {
  const body = new FormData();
  body.append('allocationId', fields.allocationId);
  body.append('sender', fields.sender);
  body.append('receivedOn', fields.receivedOn);
  if (scan) body.append('scan', scan, scan.name);
  const response = await authorizedFetch('/api/business-mail', { method: 'POST', body });
  return (await response.json()) as BusinessMailItem;
}
