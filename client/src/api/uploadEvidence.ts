import { authorizedFetch } from './restFiles';
import type { EvidenceDocument, EvidenceKind } from '../residency/operations';

/** Uploads one evidence document (multipart) to the applicant's application. */
export async function uploadEvidence(applicationId: string, kind: EvidenceKind, file: File): Promise<EvidenceDocument> {
  const body = new FormData();
  body.append('file', file, file.name);
  const response = await authorizedFetch(
    `/api/residency/applications/${encodeURIComponent(applicationId)}/evidence?kind=${encodeURIComponent(kind)}`,
    {
      method: 'POST',
      body,
    },
  );
  return (await response.json()) as EvidenceDocument;
}
