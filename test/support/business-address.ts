import request from 'supertest';
import { signedInAccount } from './accounts.js';
import { createCompanyForTest, createEstablishmentForTest } from './companies.js';
import { graphql } from './graphql.js';
import type { TestApp } from './test-app.js';

export const COMPANY_ADDRESS_FIELDS =
  'id establishmentId servicePointCode servicePointName mailbox lines allocatedAt currentMonthlyFeeCents currency service { id status mailHandling monthlyFeeCents paymentSubjectType paymentSubjectId paidUntil activatedAt cancelledAt forwardingAddress { name street postcode city country } }';

export const MAIL_ITEM_FIELDS =
  'id sender receivedOn receivedAt mailbox handling status scanUrl scanMediaType scanSizeBytes read completedAt forwardingAddress { street city country }';

export const COMPANY_ADDRESSES = `query($companyId: ID!) { companyBusinessAddresses(companyId: $companyId) { ${COMPANY_ADDRESS_FIELDS} } }`;
export const SET_UP_SERVICE = `mutation($input: BusinessMailServiceInput!) { setUpBusinessMailService(input: $input) { ${COMPANY_ADDRESS_FIELDS} } }`;
export const CHANGE_HANDLING = `mutation($input: BusinessMailServiceInput!) { changeBusinessMailHandling(input: $input) { ${COMPANY_ADDRESS_FIELDS} } }`;
export const CANCEL_SERVICE = `mutation($input: CancelBusinessMailServiceInput!) { cancelBusinessMailService(input: $input) { ${COMPANY_ADDRESS_FIELDS} } }`;
export const COMPANY_MAIL = `query($companyId: ID!, $page: PageInput) { companyMail(companyId: $companyId, page: $page) { nodes { ${MAIL_ITEM_FIELDS} } pageInfo { hasNextPage endCursor } } }`;
export const UNREAD_COUNT = 'query($companyId: ID!) { companyMailUnreadCount(companyId: $companyId) }';
export const MARK_READ = `mutation($itemId: ID!) { markBusinessMailRead(itemId: $itemId) { ${MAIL_ITEM_FIELDS} } }`;
export const STAFF_MAILBOX = `query($mailbox: String!) { staffBusinessMailbox(mailbox: $mailbox) { allocationId mailbox companyName lines serviceStatus handling forwardingAddress { street city } recentItems { ${MAIL_ITEM_FIELDS} } } }`;
export const COMPLETE_MAIL = `mutation($itemId: ID!) { completeBusinessMail(itemId: $itemId) { ${MAIL_ITEM_FIELDS} } }`;

/** A minimal PDF and PNG, recognised by their content. */
export const SCAN_PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
export const SCAN_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** A signed-in representative (owner) of a new company with its representative office and business address. */
export async function companyWithBusinessAddress(app: TestApp, legalName = 'Boulangerie Durand SAS') {
  const representative = await signedInAccount(app);
  const { companyId } = await createCompanyForTest(app, representative.token, { legalName });
  const { establishmentId } = await createEstablishmentForTest(app, representative.token, companyId);
  const addresses = await graphql<any>(app, COMPANY_ADDRESSES, { companyId }, { token: representative.token });
  if (!addresses.data) throw new Error(`companyBusinessAddresses failed: ${JSON.stringify(addresses.errors)}`);
  const address = addresses.data.companyBusinessAddresses[0];
  return { representative, companyId, establishmentId, addressId: address.id as string, mailbox: address.mailbox as string };
}

/** Staff records a letter through the multipart endpoint (optionally with a scan). */
export function recordLetter(
  app: TestApp,
  token: string,
  fields: { allocationId: string; sender?: string; receivedOn?: string },
  scan?: { content: Buffer; fileName?: string; contentType?: string },
) {
  let call = request(app.http).post('/api/business-mail').set('authorization', `Bearer ${token}`);
  for (const [name, value] of Object.entries({ sender: 'Finanzamt Bochum-Mitte', receivedOn: todayInBerlin(), ...fields }))
    call = call.field(name, value);
  if (scan)
    call = call.attach('scan', scan.content, { filename: scan.fileName ?? 'scan.pdf', contentType: scan.contentType ?? 'application/pdf' });
  return call;
}

export function todayInBerlin(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
}
