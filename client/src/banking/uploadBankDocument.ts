import { authorizedFetch } from '../api/restFiles';
import type { BankAccountApplication } from './operations';

/** Attaches one file (PDF, JPEG, PNG) to an open document request of the bank. */
export async function uploadBankDocument(documentRequestId: string, file: File): Promise<BankAccountApplication> {
  const body = new FormData();
  body.append('file', file, file.name);
  const response = await authorizedFetch(`/api/banking/document-requests/${encodeURIComponent(documentRequestId)}/attachment`, {
    method: 'POST',
    body,
  });
  return (await response.json()) as BankAccountApplication;
}
