import { graphql } from '../gql';
import type { CertificateFieldsFragment } from '../gql/graphql';

// Result types are generated from schema.gql (npm run codegen); these names are what the components use.
export type { CertificateStatus, HolderRevocationReason, RevocationReason } from '../gql/graphql';
export type Certificate = CertificateFieldsFragment;

export const CERTIFICATE_FIELDS = graphql(`
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
`);

export const COMPANY_CERTIFICATES = graphql(`
  query CompanyCertificates($companyId: ID!) {
    companyCertificates(companyId: $companyId) {
      ...CertificateFields
    }
  }
`);

export const REQUEST_CERTIFICATE = graphql(`
  mutation RequestCertificate($input: RequestCertificateInput!) {
    requestCertificate(input: $input) {
      ...CertificateFields
    }
  }
`);

export const REVOKE_MY_CERTIFICATE = graphql(`
  mutation RevokeMyCertificate($input: RevokeMyCertificateInput!) {
    revokeMyCertificate(input: $input) {
      ...CertificateFields
    }
  }
`);

export const STAFF_CERTIFICATES = graphql(`
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
`);

export const STAFF_REVOKE_CERTIFICATE = graphql(`
  mutation StaffRevokeCertificate($input: StaffRevokeCertificateInput!) {
    staffRevokeCertificate(input: $input) {
      ...CertificateFields
    }
  }
`);

/** The city's root and issuing CA certificates (public), for the PKCS#12 chain and the CMS certificates. */
export async function fetchChainPems(): Promise<{ rootPem: string; issuingPem: string }> {
  const [root, issuing] = await Promise.all([fetch('/pki/root.pem'), fetch('/pki/issuing.pem')]);
  if (!root.ok || !issuing.ok) throw new Error('chain unavailable');
  return { rootPem: await root.text(), issuingPem: await issuing.text() };
}
