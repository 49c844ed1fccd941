import request from 'supertest';
import { accountWithRoles } from './support/accounts.js';
import { graphql } from './support/graphql.js';
import { certificateApplicantForTest, type CertificateApplicant } from './support/pki.js';
import {
  COMPANY_MAILBOX,
  LATEST_OFFICE_MESSAGES,
  manifestOf,
  pdfBytes,
  postMessage,
  SECURE_THREAD,
  selfMadeIdentity,
  signWithForge,
  STAFF_MAILBOX,
  THREAD_MESSAGES,
} from './support/secure-messaging.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * One answer for every id the caller may not read: another company's thread, message, attachment
 * or company, an id that does not exist and a malformed one all get the same code, message and
 * status, byte for byte (the correlation id aside), on every secure messaging endpoint.
 */

type Person = Awaited<ReturnType<typeof accountWithRoles>>;

let app: TestApp;
let owner: CertificateApplicant;
let stranger: CertificateApplicant;
let office: Person;
let citizensOffice: Person;
let foreign: { companyId: string; threadId: string; messageId: string; attachmentId: string };

const RANDOM_UUID = '6f0c1a52-7d3e-4b8a-9c21-5e4f3a2b1c0d';
const MALFORMED = 'not-a-uuid';
const MESSAGE: Record<string, string> = {
  en: 'We could not find what you asked for.',
  de: 'Wir konnten das Gesuchte nicht finden.',
};

/** A response with everything that may differ between two calls (the correlation id) taken out. */
function comparable(response: { status: number; headers: Record<string, unknown>; text: string }): string {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => key !== 'correlationId')
          .map(([key, inner]) => [key, strip(inner)]),
      );
    }
    return value;
  };
  return JSON.stringify({ status: response.status, contentType: response.headers['content-type'], body: strip(JSON.parse(response.text)) });
}

/** The parts every endpoint must share: status, code, reason and the (localized) message. */
function essence(response: { status: number; text: string }): string {
  const body = JSON.parse(response.text);
  // GraphQL: { errors: [{ message, extensions: { code, reason } }] }; REST: { error: { code, reason, message } }.
  const error = body.errors?.[0] ?? body.error;
  const extensions = error.extensions ?? error;
  // GraphQL carries the error in the body (statuses are compared per transport below).
  return JSON.stringify({ code: extensions.code, reason: extensions.reason, message: error.message });
}

function gql(query: string, variables: Record<string, unknown>, token: string, language: string) {
  return request(app.http)
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('authorization', `Bearer ${token}`)
    .set('accept-language', language)
    .send({ query, variables });
}

function get(path: string, token: string, language: string) {
  return request(app.http).get(path).set('authorization', `Bearer ${token}`).set('accept-language', language);
}

type Kind = 'company' | 'thread' | 'message' | 'attachment';
interface Endpoint {
  name: string;
  kind: Kind;
  call: (id: string, token: string, language: string) => Promise<{ status: number; headers: Record<string, unknown>; text: string }>;
}

const signature = signWithForge(manifestOf({ companyId: RANDOM_UUID, subject: 'x', body: 'x' }), selfMadeIdentity());

const ENDPOINTS: Endpoint[] = [
  { name: 'companyMailbox', kind: 'company', call: (id, token, language) => gql(COMPANY_MAILBOX, { companyId: id }, token, language) },
  {
    name: 'latestOfficeMessages',
    kind: 'company',
    call: (id, token, language) => gql(LATEST_OFFICE_MESSAGES, { companyId: id }, token, language),
  },
  { name: 'secureThread', kind: 'thread', call: (id, token, language) => gql(SECURE_THREAD, { id }, token, language) },
  { name: 'secureThreadMessages', kind: 'thread', call: (id, token, language) => gql(THREAD_MESSAGES, { threadId: id }, token, language) },
  {
    name: 'POST messages (new thread)',
    kind: 'company',
    call: (id, token, language) => postMessage(app, token, { companyId: id, subject: 'Fremd', body: 'Hallo' }, signature, language),
  },
  {
    name: 'POST messages (reply)',
    kind: 'thread',
    call: (id, token, language) =>
      postMessage(app, token, { companyId: '', threadId: id, subject: '', body: 'Hallo' }, signature, language),
  },
  { name: 'GET attachment', kind: 'attachment', call: (id, token, language) => get(`/api/messaging/attachments/${id}`, token, language) },
  {
    name: 'GET content.json',
    kind: 'message',
    call: (id, token, language) => get(`/api/messaging/messages/${id}/content.json`, token, language),
  },
  {
    name: 'GET signature.p7s',
    kind: 'message',
    call: (id, token, language) => get(`/api/messaging/messages/${id}/signature.p7s`, token, language),
  },
];

// One describe block around the hooks, so that CI can run this file in a group (test/support/e2e-group.ts).
describe('secure messaging: access by id', () => {
  beforeAll(async () => {
    app = await createTestApp();
    owner = await certificateApplicantForTest(app, { tradeRegistration: false });
    stranger = await certificateApplicantForTest(app, { tradeRegistration: false });
    office = await accountWithRoles(app, ['staff_economic_development']);
    citizensOffice = await accountWithRoles(app, ['staff_citizens_office']);
    const message = {
      companyId: owner.companyId,
      subject: 'Unsere Anfrage',
      body: 'Anbei.',
      attachments: [{ fileName: 'a.pdf', content: pdfBytes('idor') }],
    };
    const sent = await postMessage(app, owner.token, message, signWithForge(manifestOf(message), selfMadeIdentity()));
    expect(sent.status).toBe(201);
    const [attachment] = await app.sql<{ id: string }>('SELECT id FROM secure_attachments WHERE message_id = $1', [sent.body.id]);
    foreign = { companyId: owner.companyId, threadId: sent.body.threadId, messageId: sent.body.id, attachmentId: attachment.id };
  });

  afterAll(async () => {
    await app?.close();
  });

  describe.each(['en', 'de'])('secure messaging answers alike for ids the caller may not read (%s)', (language) => {
    beforeAll(async () => {
      // The callers' own language and the browser's agree (a malformed GraphQL id is refused before the account is known).
      for (const token of [owner.token, stranger.token, office.token, citizensOffice.token]) {
        const changed = await graphql<any>(
          app,
          'mutation($input: UpdatePreferencesInput!) { updateMyPreferences(input: $input) { preferredLanguage } }',
          { input: { preferredLanguage: language } },
          { token },
        );
        expect(changed.data?.updateMyPreferences.preferredLanguage).toBe(language);
      }
    });

    it('gives another company’s ids, a random uuid and a malformed id the very same answer on every endpoint', async () => {
      const essences = new Map<string, string>();
      const statuses = new Set<string>();
      const note = (answer: string, endpoint: string) => essences.set(answer, essences.get(answer) ?? endpoint);
      for (const endpoint of ENDPOINTS) {
        const answers = {
          foreign: comparable(await endpoint.call(foreign[`${endpoint.kind}Id`], stranger.token, language)),
          random: comparable(await endpoint.call(RANDOM_UUID, stranger.token, language)),
          malformed: comparable(await endpoint.call(MALFORMED, stranger.token, language)),
        };
        expect({ endpoint: endpoint.name, ...answers, random: answers.foreign, malformed: answers.foreign }).toEqual({
          endpoint: endpoint.name,
          ...answers,
        });
        const response = await endpoint.call(RANDOM_UUID, stranger.token, language);
        statuses.add(`${JSON.parse(response.text).errors ? 'graphql' : 'rest'} ${response.status}`);
        note(essence(response), endpoint.name);
      }
      // Staff endpoints: the office mailbox for someone who is not the office, and the office asking for ids that do not exist.
      note(essence(await gql(STAFF_MAILBOX, {}, stranger.token, language)), 'staffMailbox (company representative)');
      note(essence(await gql(STAFF_MAILBOX, {}, citizensOffice.token, language)), 'staffMailbox (other staff)');
      for (const endpoint of ENDPOINTS) {
        const random = comparable(await endpoint.call(RANDOM_UUID, office.token, language));
        const malformed = comparable(await endpoint.call(MALFORMED, office.token, language));
        expect({ endpoint: endpoint.name, malformed }).toEqual({ endpoint: endpoint.name, malformed: random });
        const response = await endpoint.call(RANDOM_UUID, office.token, language);
        statuses.add(`${JSON.parse(response.text).errors ? 'graphql' : 'rest'} ${response.status}`);
        note(essence(response), endpoint.name);
      }
      expect([...statuses].filter((status) => status.startsWith('rest'))).toEqual(['rest 404']);
      expect([...statuses].filter((status) => status.startsWith('graphql'))).toHaveLength(1);
      const [only, ...others] = [...essences.keys()];
      expect({ others: others.map((other) => [other, essences.get(other)]) }).toEqual({ others: [] });
      const answer = JSON.parse(only);
      expect(answer).toEqual({ code: 'NOT_FOUND', message: MESSAGE[language] });
    });

    it('still lets the owner and the office read the thread (the ids are real)', async () => {
      const own = await graphql<any>(app, SECURE_THREAD, { id: foreign.threadId }, { token: owner.token, language });
      expect(own.data?.secureThread.id).toBe(foreign.threadId);
      const staff = await graphql<any>(app, SECURE_THREAD, { id: foreign.threadId }, { token: office.token, language });
      expect(staff.data?.secureThread.id).toBe(foreign.threadId);
      expect((await get(`/api/messaging/attachments/${foreign.attachmentId}`, owner.token, language)).status).toBe(200);
    });
  });
});
