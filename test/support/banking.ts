import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { sandboxBankSecret } from '../../src/banking/secrets/secret-box.js';
import { signBankPayload } from '../../src/banking/signature/bank-signature.js';
import { signedInAccount } from './accounts.js';
import { createCompanyForTest, createEstablishmentForTest } from './companies.js';
import { graphql, type GraphqlResponse } from './graphql.js';
import { verifyIdentityForTest } from './identity-verification.js';
import { eventually } from './payments.js';
import type { TestApp } from './test-app.js';
import { submitTradeRegistrationForTest } from './trade-registration.js';

export const SANDBOX_BANK = 'sparkasse-bochum-sandbox';
export const OTHER_SANDBOX_BANK = 'ruhr-digital-sandbox';

export const BANK_APPLICATION_FIELDS = `id companyId status statusChangedAt iban ibanFormatted declineReason consentTextVersion consentGivenAt kycPackageSha256 handedOverAt createdAt
  bank { id code name bic bankCode sandbox }
  documentRequests { id documentKind bankMessage status answerText answeredAt forwardedAt attachment { fileName contentType sizeBytes sha256 } }
  kycPackage { consentTextVersion company { legalName legalForm countryCode registerName registerNumber vatId website mainActivity headOffice { street postcode city countryCode } }
    registerExtract { fileName contentType sizeBytes sha256 }
    representatives { role givenName familyName birthDate nationality placeOfBirth assuranceLevel verificationMethod verifiedAt }
    tradeRegistration { status registrationNumber wzCode wzTitle activityDescription startDate } }`;

export const APPLY_FOR_BANK_ACCOUNT = `mutation($input: ApplyForBankAccountInput!) { applyForBankAccount(input: $input) { ${BANK_APPLICATION_FIELDS} } }`;
export const BANK_ACCOUNT_APPLICATIONS = `query($companyId: ID!) { bankAccountApplications(companyId: $companyId) { ${BANK_APPLICATION_FIELDS} } }`;
export const BANK_KYC_PREVIEW = `query($companyId: ID!) { bankAccountKycPreview(companyId: $companyId) { consentTextVersion
  company { legalName legalForm countryCode registerName registerNumber vatId website mainActivity headOffice { street postcode city countryCode } }
  registerExtract { fileName sha256 } representatives { role givenName familyName birthDate nationality assuranceLevel verificationMethod }
  tradeRegistration { status wzCode wzTitle activityDescription startDate registrationNumber } } }`;
export const ANSWER_BANK_DOCUMENT_REQUEST = `mutation($input: AnswerBankDocumentRequestInput!) { answerBankDocumentRequest(input: $input) { ${BANK_APPLICATION_FIELDS} } }`;

export interface BankReadyCompany {
  token: string;
  accountId: string;
  email: string;
  companyId: string;
}

/**
 * A representative (verified identity, high) with a company, its representative office and a
 * submitted trade registration: everything the bank's KYC package needs.
 */
export async function companyReadyForBankForTest(
  app: TestApp,
  overrides: { legalName?: string; identity?: { givenName: string; familyName: string } } = {},
): Promise<BankReadyCompany> {
  const person = await signedInAccount(app);
  const accountId = (person.account as { id: string }).id;
  await verifyIdentityForTest(app, accountId, 'high', overrides.identity ?? {});
  const { companyId } = await createCompanyForTest(app, person.token, overrides.legalName ? { legalName: overrides.legalName } : {});
  const { establishmentId } = await createEstablishmentForTest(app, person.token, companyId);
  await submitTradeRegistrationForTest(app, person.token, companyId, establishmentId);
  return { token: person.token, accountId, email: person.email, companyId };
}

export async function partnerBankId(app: TestApp, token: string, code = SANDBOX_BANK): Promise<string> {
  const banks = await graphql<any>(app, '{ partnerBanks { id code } }', {}, { token });
  const bank = banks.data?.partnerBanks?.find((candidate: { code: string }) => candidate.code === code);
  if (!bank) throw new Error(`no partner bank ${code}: ${JSON.stringify(banks.errors ?? banks.data)}`);
  return bank.id;
}

export function applyForBankAccount(
  app: TestApp,
  token: string,
  input: { companyId: string; bankId: string; consent?: boolean; idempotencyKey?: string; packageSha256?: string },
): Promise<GraphqlResponse<any>> {
  return graphql<any>(
    app,
    APPLY_FOR_BANK_ACCOUNT,
    { input: { consent: true, idempotencyKey: `bank-${randomUUID()}`, ...input } },
    { token },
  );
}

/** Polls the company's applications until `applicationId` has `status`. */
export async function bankApplicationWithStatus(
  app: TestApp,
  token: string,
  companyId: string,
  applicationId: string,
  status: string,
  timeoutMs = 30_000,
): Promise<any> {
  return eventually(async () => {
    const response = await graphql<any>(app, BANK_ACCOUNT_APPLICATIONS, { companyId }, { token });
    const application = response.data?.bankAccountApplications?.find((candidate: { id: string }) => candidate.id === applicationId);
    return application?.status === status ? application : null;
  }, timeoutMs);
}

/** The secret the sandbox bank shares with us for `bankCode` (derived from the configured root secret). */
export function sandboxSecretFor(app: TestApp, bankCode = SANDBOX_BANK): string {
  return sandboxBankSecret(app.config.banking.sandbox.rootSecret, bankCode);
}

/** Posts a webhook as a bank would: the exact body, signed (or not) as the options say. */
export function postBankWebhook(
  app: TestApp,
  bankCode: string,
  body: string,
  options: { secret?: string; timestamp?: number; signature?: string | null } = {},
) {
  let call = request(app.http).post(`/api/banking/webhooks/${bankCode}`).set('content-type', 'application/json');
  const signature =
    options.signature === undefined
      ? signBankPayload(options.secret ?? sandboxSecretFor(app, bankCode), body, options.timestamp)
      : options.signature;
  if (signature !== null) call = call.set('bank-signature', signature);
  return call.send(body);
}

export function bankEvent(
  applicationReference: string,
  type: string,
  sequence: number,
  data: Record<string, unknown> = {},
  eventId = `evt_${randomUUID()}`,
): string {
  return JSON.stringify({ eventId, type, applicationReference, sequence, occurredAt: new Date().toISOString(), data });
}
