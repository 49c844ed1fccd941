import { gql, type TypedDocumentNode } from '@apollo/client';

export type CertificateStatus = 'active' | 'revoked' | 'expired';
export type HolderRevocationReason = 'key_compromise' | 'cessation_of_operation' | 'superseded';

export interface Certificate {
  id: string;
  serialNumber: string;
  subjectDn: string;
  pem: string;
  status: CertificateStatus;
  notBefore: string;
  notAfter: string;
  revokedAt: string | null;
  revocationReason: string | null;
  companyId: string | null;
}

const CERTIFICATE_FIELDS = gql`
  fragment CertificateFields on Certificate {
    id
    serialNumber
    subjectDn
    pem
    status
    notBefore
    notAfter
    revokedAt
    revocationReason
    companyId
  }
`;

export const COMPANY_CERTIFICATES: TypedDocumentNode<{ companyCertificates: Certificate[] }, { companyId: string }> = gql`
  query CompanyCertificates($companyId: ID!) {
    companyCertificates(companyId: $companyId) {
      ...CertificateFields
    }
  }
  ${CERTIFICATE_FIELDS}
`;

export const REQUEST_CERTIFICATE: TypedDocumentNode<
  { requestCertificate: Certificate },
  { input: { companyId: string; csrPem: string; idempotencyKey: string } }
> = gql`
  mutation RequestCertificate($input: RequestCertificateInput!) {
    requestCertificate(input: $input) {
      ...CertificateFields
    }
  }
  ${CERTIFICATE_FIELDS}
`;

export const REVOKE_MY_CERTIFICATE: TypedDocumentNode<
  { revokeMyCertificate: Certificate },
  { input: { certificateId: string; reason: HolderRevocationReason } }
> = gql`
  mutation RevokeMyCertificate($input: RevokeMyCertificateInput!) {
    revokeMyCertificate(input: $input) {
      ...CertificateFields
    }
  }
  ${CERTIFICATE_FIELDS}
`;

export type RevocationReason = HolderRevocationReason | 'affiliation_changed' | 'privilege_withdrawn' | 'unspecified';

export const STAFF_CERTIFICATES: TypedDocumentNode<
  { certificates: { nodes: Certificate[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } },
  { filter?: { companyId?: string; serialNumber?: string; status?: CertificateStatus }; page?: { first: number; after?: string | null } }
> = gql`
  query StaffCertificates($filter: CertificateFilterInput, $page: PageInput) {
    certificates(filter: $filter, page: $page) {
      nodes {
        ...CertificateFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${CERTIFICATE_FIELDS}
`;

export const STAFF_REVOKE_CERTIFICATE: TypedDocumentNode<
  { staffRevokeCertificate: Certificate },
  { input: { certificateId: string; reason: RevocationReason; note: string } }
> = gql`
  mutation StaffRevokeCertificate($input: StaffRevokeCertificateInput!) {
    staffRevokeCertificate(input: $input) {
      ...CertificateFields
    }
  }
  ${CERTIFICATE_FIELDS}
`;

/** The city's root and issuing CA certificates (public), for the PKCS#12 chain and the CMS certificates. */
export async function fetchChainPems(): Promise<{ rootPem: string; issuingPem: string }> {
  const [root, issuing] = await Promise.all([fetch('/pki/root.pem'), fetch('/pki/issuing.pem')]);
  if (!root.ok || !issuing.ok) throw new Error('chain unavailable');
  return { rootPem: await root.text(), issuingPem: await issuing.text() };
}
