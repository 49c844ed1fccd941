import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AddressAllocationService, AddressPoolPurpose, District } from '../../src/addresses/index.js';
import { signedInAccount, uniqueEmail } from './accounts.js';
import { todayInBerlin } from './business-address.js';
import { graphql } from './graphql.js';
import type { TestApp } from './test-app.js';

export const RESIDENT_MAIL_FIELDS =
  'id sender receivedOn receivedAt mailbox handling status forwardingAddress { name street postcode city country } scanUrl scanMediaType scanSizeBytes read completedAt';
export const MY_RESIDENT_MAIL = `query($page: PageInput) { myResidentMail(page: $page) { nodes { ${RESIDENT_MAIL_FIELDS} } pageInfo { hasNextPage endCursor } } }`;
export const RESIDENT_UNREAD = '{ myResidentMailUnreadCount }';
export const MARK_RESIDENT_READ = `mutation($itemId: ID!, $read: Boolean!) { markResidentMailRead(itemId: $itemId, read: $read) { ${RESIDENT_MAIL_FIELDS} } }`;
export const STAFF_RESIDENT_MAILBOX = `query($mailbox: String!, $recent: Int) { staffResidentMailbox(mailbox: $mailbox, recent: $recent) { allocationId mailbox holderName handling forwardingAddress { street city country } recentItems { ${RESIDENT_MAIL_FIELDS} } } }`;
export const COMPLETE_RESIDENT_MAIL = `mutation($itemId: ID!) { completeResidentMail(itemId: $itemId) { ${RESIDENT_MAIL_FIELDS} } }`;
const UPDATE_MAIL_HANDLING = 'mutation($input: UpdateMailHandlingInput!) { updateMailHandling(input: $input) { id mailbox mailHandling } }';

/**
 * A signed-in person holding a resident's mailbox (`BO-…`) with the given mail handling. The mailbox
 * is allocated through the addresses domain's own service (the residency flow is tested elsewhere);
 * the handling is chosen through the API as the person would.
 */
export async function residentWithMailbox(
  app: TestApp,
  handling: 'scan' | 'forward' | 'hold',
  options: { holderName?: string; language?: string } = {},
) {
  const person = await signedInAccount(app, uniqueEmail('resident'), undefined, options.language ?? 'en');
  const allocation = await app.app.get(DataSource).transaction((manager) =>
    app.app.get(AddressAllocationService).allocate(manager, {
      purpose: AddressPoolPurpose.residents,
      district: District.bochum,
      subjectType: 'residency',
      subjectId: randomUUID(),
      holderAccountId: person.account.id as string,
      holderName: options.holderName ?? 'Erika Mustermann',
    }),
  );
  const forwardingAddress =
    handling === 'forward'
      ? { name: 'Erika Mustermann', street: 'Keizersgracht 123', postcode: '1015 CJ', city: 'Amsterdam', country: 'NL' }
      : undefined;
  const chosen = await graphql<any>(
    app,
    UPDATE_MAIL_HANDLING,
    { input: { addressId: allocation.id, preference: handling, forwardingAddress } },
    { token: person.token },
  );
  if (chosen.errors) throw new Error(JSON.stringify(chosen.errors));
  return { ...person, addressId: allocation.id, mailbox: chosen.data.updateMailHandling.mailbox as string };
}

/** Citizens' office records a letter for a resident's mailbox through the multipart endpoint. */
export function recordResidentLetter(
  app: TestApp,
  token: string,
  fields: { allocationId: string; sender?: string; receivedOn?: string },
  scan?: { content: Buffer; fileName?: string; contentType?: string },
) {
  let call = request(app.http).post('/api/resident-mail').set('authorization', `Bearer ${token}`);
  for (const [name, value] of Object.entries({ sender: 'Finanzamt Bochum-Mitte', receivedOn: todayInBerlin(), ...fields }))
    call = call.field(name, value);
  if (scan)
    call = call.attach('scan', scan.content, { filename: scan.fileName ?? 'scan.pdf', contentType: scan.contentType ?? 'application/pdf' });
  return call;
}
