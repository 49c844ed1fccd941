import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { signedInAccount, uniqueEmail } from './support/accounts.js';
import { graphql } from './support/graphql.js';
import { createApplication, SAMPLE_PDF, uploadEvidence } from './support/residency.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** Every route of the running server with its methods, from Fastify's route tree. */
function routesOf(tree: string): { path: string; methods: string[] }[] {
  const stack: string[] = [];
  const routes: { path: string; methods: string[] }[] = [];
  for (const line of tree.split('\n')) {
    const match = /^(.*?)(?:└── |├── )(\S+) \(([A-Z, ]+)\)$/.exec(line);
    if (!match) continue;
    const depth = match[1].length / 4;
    const parent = depth === 0 ? '' : stack[depth - 1];
    const path = depth === 0 ? match[2] : `${parent.replace(/\/$/, '')}/${match[2].replace(/^\//, '')}`;
    stack[depth] = path;
    stack.length = depth + 1;
    routes.push({ path, methods: match[3].split(', ') });
  }
  return routes;
}

/**
 * Hostile input is the caller's mistake: whatever arrives (NUL bytes, lone surrogates, malformed
 * ids, broken multipart bodies, over-long URLs) is answered with a 4xx in the project's error shape
 * and a localized message, never INTERNAL, and never reaches PostgreSQL.
 */
describe('platform: hostile input', () => {
  let app: TestApp;
  let resident: { token: string; email: string };

  beforeAll(async () => {
    app = await createTestApp();
    resident = await signedInAccount(app);
  });

  afterAll(async () => {
    await app.close();
  });

  const expectRestError = (response: request.Response, status: number, code: string) => {
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body.error.code).toBe(code);
    expect(typeof response.body.error.message).toBe('string');
    expect(response.body.correlationId).toBeTruthy();
  };

  describe('GraphQL arguments', () => {
    it('refuses a NUL byte in any string argument before PostgreSQL sees it, in the caller’s language', async () => {
      const english = await graphql(
        app,
        'mutation($email: String!) { requestPasswordReset(email: $email) }',
        { email: 'a\u0000b@example.org' },
        { language: 'en' },
      );
      expect(english.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'VALIDATION_FAILED',
        details: [
          {
            field: 'email',
            constraint: 'wellFormedText',
            message: 'This field contains characters that are not allowed (for example invisible control characters).',
          },
        ],
      });
      const german = await graphql(
        app,
        'query($q: String!) { wzCodeSuggestions(query: $q) { code } }',
        { q: 'Bäcker\u0000' },
        { token: resident.token, language: 'de' },
      );
      expect(german.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(german.errors?.[0].extensions.details?.[0].message).toBe(
        'Dieses Feld enthält unzulässige Zeichen (zum Beispiel unsichtbare Steuerzeichen).',
      );
    });

    it('refuses lone surrogates, also deep in input objects, and writes nothing', async () => {
      const email = uniqueEmail('surrogate').replace('@', '\ud800@');
      const response = await graphql(app, 'mutation($input: RegisterInput!) { register(input: $input) { email } }', {
        input: { email, password: 'Ruhrpott-Kumpel-2026!', preferredLanguage: 'en' },
      });
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: [{ field: 'input.email', constraint: 'wellFormedText' }],
      });
      const low = await graphql(app, 'mutation($email: String!) { resendVerificationEmail(email: $email) }', {
        email: '\udc00x@example.org',
      });
      expect(low.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(await app.sql("SELECT id FROM accounts WHERE email LIKE 'surrogate.%'")).toEqual([]);
      // A well-formed pair (an emoji) is fine.
      const emoji = await graphql(
        app,
        'query($q: String!) { wzCodeSuggestions(query: $q) { code } }',
        { q: 'Bäcker 🥨' },
        { token: resident.token },
      );
      expect(emoji.errors).toBeUndefined();
    });

    it('answers a malformed ID argument like an unknown one (NOT_FOUND), as variable or literal', async () => {
      const unknown = await graphql(
        app,
        'mutation($id: ID!) { reportCardLost(cardId: $id) { id } }',
        { id: randomUUID() },
        { token: resident.token, language: 'en' },
      );
      const literal = await graphql(
        app,
        'mutation { reportCardLost(cardId: "not-a-uuid") { id } }',
        {},
        { token: resident.token, language: 'en' },
      );
      const variable = await graphql(
        app,
        'mutation($id: ID!) { reportCardLost(cardId: $id) { id } }',
        { id: "1' OR '1'='1" },
        { token: resident.token, language: 'en' },
      );
      const number = await graphql(
        app,
        'query { myCardCredential(cardId: 42) { credential } }',
        {},
        { token: resident.token, language: 'en' },
      );
      for (const response of [literal, variable, number]) {
        expect(response.status).toBe(200);
        expect(response.errors?.[0].extensions.code).toBe('NOT_FOUND');
        expect(response.errors?.[0].message).toBe(unknown.errors?.[0].message);
      }
    });

    it('refuses a malformed ID inside an input object as a field error', async () => {
      const response = await graphql(
        app,
        'mutation($entries: [OfflineVerificationInput!]!) { recordOfflineVerifications(entries: $entries) }',
        { entries: [{ code: 'x', verificationId: 'nope', verifiedAt: new Date().toISOString() }] },
        { token: resident.token },
      );
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: [{ field: 'entries.0.verificationId', constraint: 'isUuid' }],
      });
    });

    it('answers a query over the token limit with HTTP 400, not 500', async () => {
      const response = await graphql(
        app,
        `{ ${Array.from({ length: 1100 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
        {},
        { language: 'en' },
      );
      expect(response.status).toBe(400);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_QUERY' });
      expect(response.errors?.[0].message).toBe('The request is not a valid query for this service.');
    });
  });

  describe('REST', () => {
    const truncated = (field: string) =>
      `--XYZ\r\nContent-Disposition: form-data; name="${field}"; filename="a.p7s"\r\nContent-Type: application/octet-stream\r\n\r\nabc`;

    it('answers a multipart body without boundary or cut short with 400 MALFORMED_MULTIPART', async () => {
      const noBoundary = await request(app.http)
        .post('/api/signatures/verify')
        .set('accept-language', 'en')
        .set('content-type', 'multipart/form-data')
        .send('abc');
      expectRestError(noBoundary, 400, 'BAD_USER_INPUT');
      expect(noBoundary.body.error).toMatchObject({
        reason: 'MALFORMED_MULTIPART',
        message: 'The request could not be read: its content is incomplete or malformed.',
      });
      const cut = await request(app.http)
        .post('/api/signatures/verify')
        .set('content-type', 'multipart/form-data; boundary=XYZ')
        .send(truncated('signature'));
      expectRestError(cut, 400, 'BAD_USER_INPUT');
      expect(cut.body.error.message).toBe('Die Anfrage konnte nicht gelesen werden: Ihr Inhalt ist unvollständig oder fehlerhaft.');

      const auth = (call: request.Test) => call.set('authorization', `Bearer ${resident.token}`);
      expectRestError(
        await auth(request(app.http).post('/api/messaging/messages')).set('content-type', 'multipart/form-data').send('abc'),
        400,
        'BAD_USER_INPUT',
      );
      const cutField = await auth(request(app.http).post('/api/messaging/messages'))
        .set('content-type', 'multipart/form-data; boundary=XYZ')
        .send('--XYZ\r\nContent-Disposition: form-data; name="body"\r\n\r\nabc');
      expectRestError(cutField, 400, 'BAD_USER_INPUT');
      const badBoundary = await auth(request(app.http).post('/api/messaging/messages'))
        .set('content-type', `multipart/form-data; boundary=${'b'.repeat(300)}`)
        .send('abc');
      expectRestError(badBoundary, 400, 'BAD_USER_INPUT');
    });

    it('refuses NUL in multipart text fields, JSON bodies, query and path parameters', async () => {
      const field = await request(app.http)
        .post('/api/messaging/messages')
        .set('authorization', `Bearer ${resident.token}`)
        .field('companyId', randomUUID())
        .field('subject', 'Hallo\u0000')
        .field('body', 'x');
      expectRestError(field, 400, 'BAD_USER_INPUT');
      expect(field.body.error.details).toEqual([expect.objectContaining({ field: 'subject', constraint: 'wellFormedText' })]);

      const query = await request(app.http).get('/dev/mailbox/messages?to=a%00b');
      expectRestError(query, 400, 'BAD_USER_INPUT');
      expect(query.body.error.details).toEqual([expect.objectContaining({ field: 'to' })]);

      const path = await request(app.http).get('/api/payments/sandbox/checkout-sessions/cs%00x');
      expectRestError(path, 400, 'BAD_USER_INPUT');

      const json = await request(app.http).post(`/dev/video-ident-sandbox/sessions/${randomUUID()}`).send({ givenName: 'Erika\ud800' });
      expectRestError(json, 400, 'BAD_USER_INPUT');
      expect(json.body.error.details).toEqual([expect.objectContaining({ field: 'givenName' })]);
    });

    it('answers an over-long path parameter and a malformed URL in the project’s shape', async () => {
      const long = await request(app.http)
        .get(`/api/messaging/attachments/${'a'.repeat(5000)}`)
        .set('accept-language', 'en')
        .set('authorization', `Bearer ${resident.token}`);
      // 414 from the router, or 404 where the built client's catch-all route takes the path.
      expect(long.headers['content-type']).toMatch(/^application\/json/);
      expect(long.headers['x-correlation-id']).toBe(long.body.correlationId);
      if (long.status === 414)
        expect(long.body.error).toMatchObject({
          code: 'BAD_USER_INPUT',
          message: 'The address or the headers of the request are too long.',
        });
      else expect(long.body.error).toMatchObject({ code: 'NOT_FOUND', message: 'We could not find what you asked for.' });
      const badEncoding = await request(app.http).get('/api/messaging/attachments/%E0%A4%A').set('accept-language', 'en');
      expectRestError(badEncoding, 400, 'BAD_USER_INPUT');
      expect(badEncoding.body.error.message).toBe('The request could not be understood.');
    });

    it('answers an OCSP GET whose URL exceeds the header limit in the project’s shape (not a bare 431)', async () => {
      const response = await request(app.http)
        .get(`/pki/ocsp/${'A'.repeat(20_000)}`)
        .set('accept-language', 'en');
      expectRestError(response, 431, 'BAD_USER_INPUT');
      expect(response.body.error.message).toBe('The address or the headers of the request are too long.');
      expect(response.headers['x-correlation-id']).toBe(response.body.correlationId);
      // Still served as OCSP: a request within the limit gets an OCSP answer (malformedRequest).
      const withinLimit = await request(app.http).get(`/pki/ocsp/${'A'.repeat(5000)}`);
      expect(withinLimit.status).toBe(200);
      expect(withinLimit.headers['content-type']).toBe('application/ocsp-response');
    });

    it('answers development routes’ malformed ids with a JSON 404, even where the route serves HTML', async () => {
      expectRestError(await request(app.http).get('/dev/mailbox/messages/not-a-uuid'), 404, 'NOT_FOUND');
      expectRestError(await request(app.http).get(`/dev/mailbox/messages/${randomUUID()}`), 404, 'NOT_FOUND');
      expectRestError(await request(app.http).get('/dev/video-ident-sandbox/sessions/not-a-uuid'), 404, 'NOT_FOUND');
      expectRestError(await request(app.http).post('/dev/video-ident-sandbox/sessions/not-a-uuid').send({}), 404, 'NOT_FOUND');
    });
  });

  it('answers every REST route with a hostile path parameter with a 4xx in the project’s shape', async () => {
    const routes = routesOf(app.app.getHttpAdapter().getInstance().printRoutes({ commonPrefix: false })).filter((route) =>
      route.path.includes('/:'),
    );
    expect(routes.length).toBeGreaterThan(15);
    const hostile = ['not-a-uuid', '0', 'a'.repeat(99), encodeURIComponent("' OR '1'='1"), '%E2%80%AEfdp.exe', '%ED%A0%80', '%00', '%'];
    const failures: string[] = [];
    for (const route of routes) {
      for (const method of route.methods.filter((name) => name === 'GET' || name === 'POST')) {
        for (const value of hostile) {
          const url = route.path.replace(/:[A-Za-z]+/g, value);
          const call = method === 'GET' ? request(app.http).get(url) : request(app.http).post(url).send({});
          const response = await call.set('authorization', `Bearer ${resident.token}`);
          const shaped =
            response.status < 400 ||
            (response.headers['content-type']?.startsWith('application/json') && typeof response.body?.error?.code === 'string');
          if (response.status >= 500 || !shaped)
            failures.push(`${method} ${url.slice(0, 80)} → ${response.status} ${response.text.slice(0, 120)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  describe('uploads', () => {
    it('keeps an upload under the extension of its detected type, without bidi controls', async () => {
      const application = await createApplication(app, resident.token);
      const applicationId = application.data!.createResidencyApplication.id as string;
      const uploaded = await uploadEvidence(app, resident.token, applicationId, SAMPLE_PDF, 'poly\u202elmth.html');
      expect(uploaded.status).toBe(201);
      expect(uploaded.body.fileName).toBe('polylmth.pdf');
      const [row] = await app.sql<{ file_name: string; media_type: string }>(
        'SELECT file_name, media_type FROM residency_evidence_documents WHERE application_id = $1',
        [applicationId],
      );
      expect(row).toEqual({ file_name: 'polylmth.pdf', media_type: 'application/pdf' });
      const download = await request(app.http).get(uploaded.body.downloadPath).set('authorization', `Bearer ${resident.token}`);
      expect(download.headers['content-disposition']).toContain('polylmth.pdf');
      expect(download.headers['content-disposition']).not.toMatch(/html|%E2%80%AE/i);
    });
  });
});
