import { randomUUID } from 'node:crypto';
import { signedInAccount } from './accounts.js';
import { createCompanyForTest, createEstablishmentForTest } from './companies.js';
import { graphql, type GraphqlResponse } from './graphql.js';
import { verifyIdentityForTest } from './identity-verification.js';
import type { TestApp } from './test-app.js';
import { submitTradeRegistrationForTest } from './trade-registration.js';

export { makeCsrForTest, makeRsaKeyForTest, tamperCsrSignature, type TestCsr } from './pki-csr.js';
export { makeEcCsrForTest, openssl, scratchFiles, type OpensslResult } from './pki-openssl.js';

export const CERTIFICATE_FIELDS = 'id serialNumber subjectDn pem status notBefore notAfter revokedAt revocationReason companyId';
export const REQUEST_CERTIFICATE = `mutation($input: RequestCertificateInput!) { requestCertificate(input: $input) { ${CERTIFICATE_FIELDS} } }`;
export const REVOKE_MY_CERTIFICATE = `mutation($input: RevokeMyCertificateInput!) { revokeMyCertificate(input: $input) { ${CERTIFICATE_FIELDS} } }`;
export const COMPANY_CERTIFICATES = `query($companyId: ID!) { companyCertificates(companyId: $companyId) { ${CERTIFICATE_FIELDS} } }`;

export interface CertificateApplicant {
  token: string;
  accountId: string;
  email: string;
  companyId: string;
}

/**
 * A representative with a verified identity (`level`, default high) and a company; with a representative
 * office and a submitted trade registration unless `tradeRegistration: false`.
 */
export async function certificateApplicantForTest(
  app: TestApp,
  options: {
    level?: 'substantial' | 'high';
    tradeRegistration?: boolean;
    language?: string;
    identity?: { givenName: string; familyName: string };
  } = {},
): Promise<CertificateApplicant> {
  const person = await signedInAccount(app, undefined, undefined, options.language ?? 'en');
  const accountId = person.account.id as string;
  await verifyIdentityForTest(app, accountId, options.level ?? 'high', options.identity ?? {});
  const { companyId } = await createCompanyForTest(app, person.token);
  if (options.tradeRegistration !== false) {
    const { establishmentId } = await createEstablishmentForTest(app, person.token, companyId);
    await submitTradeRegistrationForTest(app, person.token, companyId, establishmentId);
  }
  return { token: person.token as string, accountId, email: person.email, companyId };
}

export function requestCertificate(
  app: TestApp,
  token: string,
  input: { companyId: string; csrPem: string; idempotencyKey?: string },
  language?: string,
): Promise<GraphqlResponse<any>> {
  return graphql<any>(app, REQUEST_CERTIFICATE, { input: { idempotencyKey: `cert-${randomUUID()}`, ...input } }, { token, language });
}
