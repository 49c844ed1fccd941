import request from 'supertest';
import { accountWithRoles, signedInAccount } from './support/accounts.js';
import { outcomes } from './support/concurrency.js';
import { graphql, type GraphqlResponse } from './support/graphql.js';
import { countedStatements } from './support/statements.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const DEVICE_FIELDS = 'id name location district office createdAt disabledAt lastSeenAt';
const REGISTER = `mutation($input: RegisterKioskDeviceInput!) { registerKioskDevice(input: $input) { enrolmentPath device { ${DEVICE_FIELDS} } } }`;
const DEVICES = `{ kioskDevices { ${DEVICE_FIELDS} } }`;
const DISABLE = `mutation($id: ID!) { disableKioskDevice(id: $id) { ${DEVICE_FIELDS} } }`;
const TERMINAL = '{ kioskTerminal { name location idleSeconds warningSeconds } }';
const HANDOVER = 'mutation($input: CreateKioskHandoverInput!) { createKioskHandover(input: $input) { code path expiresAt } }';
const REDEEM = 'mutation($code: String!) { redeemKioskHandover(code: $code) { step email preferredLanguage articleId } }';

const DEVICE_INPUT = { name: 'Bürgerbüro Mitte, Terminal 1', location: 'Willy-Brandt-Platz 2–6, Foyer', district: 'bochum' };

/** A request as a terminal's browser sends it: the device secret in X-Kiosk-Device. */
async function asTerminal<T = Record<string, any>>(
  app: TestApp,
  secret: string | undefined,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphqlResponse<T>> {
  let call = request(app.http).post('/graphql').set('content-type', 'application/json').set('accept-language', 'de');
  if (secret !== undefined) call = call.set('x-kiosk-device', secret);
  const response = await call.send({ query, variables });
  return { status: response.status, data: response.body.data ?? null, errors: response.body.errors, headers: response.headers };
}

function secretOf(enrolmentPath: string): string {
  const match = /^\/kiosk#device=([A-Za-z0-9_-]{43})$/.exec(enrolmentPath);
  if (!match) throw new Error(`unexpected enrolment path ${enrolmentPath}`);
  return match[1];
}

describe('kiosk: self-service terminals enrolled by staff, and the hand-over to a phone', () => {
  let app: TestApp;
  let citizensOffice: Awaited<ReturnType<typeof accountWithRoles>>;
  let economicDevelopment: Awaited<ReturnType<typeof accountWithRoles>>;
  let admin: Awaited<ReturnType<typeof accountWithRoles>>;

  async function enrol(token: string, input: Record<string, unknown> = DEVICE_INPUT) {
    const response = await graphql<any>(app, REGISTER, { input }, { token });
    expect(response.errors).toBeUndefined();
    const { enrolmentPath, device } = response.data.registerKioskDevice;
    return { device, secret: secretOf(enrolmentPath) };
  }

  beforeAll(async () => {
    app = await createTestApp({ KIOSK_IDLE_SECONDS: '120', KIOSK_WARNING_SECONDS: '30' });
    [citizensOffice, economicDevelopment, admin] = await Promise.all([
      accountWithRoles(app, ['staff_citizens_office']),
      accountWithRoles(app, ['staff_economic_development']),
      accountWithRoles(app, ['admin']),
    ]);
  });

  afterAll(async () => {
    await app.close();
  });

  it('enrols a terminal for the office of the staff member, storing only the hash of its device secret', async () => {
    const { device, secret } = await enrol(citizensOffice.token);
    expect(device).toMatchObject({ ...DEVICE_INPUT, office: 'citizens_office', disabledAt: null, lastSeenAt: null });
    const [row] = await app.sql<{ secret_hash: string; created_by: string }>(
      'SELECT secret_hash, created_by FROM kiosk_devices WHERE id = $1',
      [device.id],
    );
    expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.secret_hash).not.toContain(secret);
    expect(row.created_by).toBe(citizensOffice.account.id);
    const dump = JSON.stringify(await app.sql('SELECT * FROM kiosk_devices'));
    expect(dump).not.toContain(secret);
    expect(await app.sql('SELECT action FROM audit_events WHERE subject_id = $1', [device.id])).toEqual([
      { action: 'kiosk.device_registered' },
    ]);

    const terminal = await asTerminal<any>(app, secret, TERMINAL);
    expect(terminal.errors).toBeUndefined();
    expect(terminal.data.kioskTerminal).toEqual({
      name: DEVICE_INPUT.name,
      location: DEVICE_INPUT.location,
      idleSeconds: 120,
      warningSeconds: 30,
    });
    const listed = await graphql<any>(app, DEVICES, {}, { token: citizensOffice.token });
    expect(listed.data.kioskDevices.find((entry: { id: string }) => entry.id === device.id).lastSeenAt).not.toBeNull();
  });

  it('notes a terminal as seen at most once a minute, however often it calls', async () => {
    const { device, secret } = await enrol(citizensOffice.token);
    const seen = async () =>
      (await app.sql<{ last_seen_at: Date | null }>('SELECT last_seen_at FROM kiosk_devices WHERE id = $1', [device.id]))[0].last_seen_at;
    expect((await asTerminal(app, secret, TERMINAL)).errors).toBeUndefined();
    const first = await seen();
    expect(first).not.toBeNull();
    await app.sql(`UPDATE kiosk_devices SET last_seen_at = last_seen_at - interval '30 seconds' WHERE id = $1`, [device.id]);
    const halfAMinuteAgo = await seen();
    expect((await asTerminal(app, secret, TERMINAL)).errors).toBeUndefined();
    expect(await seen()).toEqual(halfAMinuteAgo);
    await app.sql(`UPDATE kiosk_devices SET last_seen_at = last_seen_at - interval '1 minute' WHERE id = $1`, [device.id]);
    expect((await asTerminal(app, secret, TERMINAL)).errors).toBeUndefined();
    expect((await seen())!.getTime()).toBeGreaterThan(halfAMinuteAgo!.getTime());
  });

  it('refuses requests without a known device secret with a stable reason', async () => {
    for (const secret of [undefined, '', 'x'.repeat(43), 'ü'.repeat(200)]) {
      const response = await asTerminal(app, secret, TERMINAL);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'KIOSK_DEVICE_UNKNOWN' });
    }
    const handover = await asTerminal(app, 'x'.repeat(43), HANDOVER, { input: { step: 'menu' } });
    expect(handover.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'KIOSK_DEVICE_UNKNOWN' });
    expect(await app.sql('SELECT id FROM kiosk_handovers')).toHaveLength(0);
  });

  it('lets staff disable a terminal: its requests are refused from then on, and the list shows it', async () => {
    const { device, secret } = await enrol(citizensOffice.token);
    const disabled = await graphql<any>(app, DISABLE, { id: device.id }, { token: citizensOffice.token });
    expect(disabled.errors).toBeUndefined();
    expect(disabled.data.disableKioskDevice.disabledAt).not.toBeNull();
    const again = await graphql<any>(app, DISABLE, { id: device.id }, { token: citizensOffice.token });
    expect(again.data.disableKioskDevice.disabledAt).toBe(disabled.data.disableKioskDevice.disabledAt);
    for (const [query, variables] of [
      [TERMINAL, {}],
      [HANDOVER, { input: { step: 'about' } }],
    ] as const) {
      const response = await asTerminal(app, secret, query, variables);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'KIOSK_DEVICE_DISABLED' });
    }
    const [row] = await app.sql<{ last_seen_at: Date | null }>('SELECT last_seen_at FROM kiosk_devices WHERE id = $1', [device.id]);
    expect(row.last_seen_at).toBeNull();
  });

  it("keeps each office to its own terminals: another office's terminal is NOT_FOUND, administrators see all", async () => {
    const { device } = await enrol(citizensOffice.token, {
      ...DEVICE_INPUT,
      name: 'Stadtteilzentrum Wattenscheid',
      district: 'wattenscheid',
    });
    const { device: economic } = await enrol(economicDevelopment.token, { ...DEVICE_INPUT, name: 'Gründerzentrum' });
    expect(economic.office).toBe('economic_development');

    const foreign = await graphql<any>(app, DISABLE, { id: device.id }, { token: economicDevelopment.token });
    expect(foreign.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const unknown = await graphql<any>(app, DISABLE, { id: '6f1c1b8e-2f44-4c55-9a53-0d4b8e3f6a10' }, { token: citizensOffice.token });
    expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const [row] = await app.sql<{ disabled_at: Date | null }>('SELECT disabled_at FROM kiosk_devices WHERE id = $1', [device.id]);
    expect(row.disabled_at).toBeNull();

    const economicList = (await graphql<any>(app, DEVICES, {}, { token: economicDevelopment.token })).data.kioskDevices;
    expect(economicList.map((entry: { id: string }) => entry.id)).toEqual([economic.id]);
    const citizensList = (await graphql<any>(app, DEVICES, {}, { token: citizensOffice.token })).data.kioskDevices;
    expect(citizensList.map((entry: { id: string }) => entry.id)).not.toContain(economic.id);
    expect(citizensList.map((entry: { id: string }) => entry.id)).toContain(device.id);
    const adminList = (await graphql<any>(app, DEVICES, {}, { token: admin.token })).data.kioskDevices;
    expect(adminList.map((entry: { id: string }) => entry.id)).toEqual(expect.arrayContaining([device.id, economic.id]));

    const adminWithoutOffice = await graphql<any>(app, REGISTER, { input: DEVICE_INPUT }, { token: admin.token });
    expect(adminWithoutOffice.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: [expect.objectContaining({ field: 'office' })],
    });
    const adminEnrols = await enrol(admin.token, { ...DEVICE_INPUT, office: 'economic_development' });
    expect(adminEnrols.device.office).toBe('economic_development');
    const wrongOffice = await graphql<any>(
      app,
      REGISTER,
      { input: { ...DEVICE_INPUT, office: 'economic_development' } },
      { token: citizensOffice.token },
    );
    expect(wrongOffice.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses everyone who is not staff of an office, and bad input as field errors', async () => {
    const resident = await signedInAccount(app);
    const communication = await accountWithRoles(app, ['staff_communication']);
    for (const token of [resident.token, communication.token]) {
      for (const [query, variables] of [
        [DEVICES, {}],
        [REGISTER, { input: DEVICE_INPUT }],
        [DISABLE, { id: '6f1c1b8e-2f44-4c55-9a53-0d4b8e3f6a10' }],
      ] as const) {
        expect((await graphql<any>(app, query, variables, { token })).errors?.[0].extensions.code).toBe('FORBIDDEN');
      }
    }
    expect((await graphql<any>(app, DEVICES)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    for (const [input, field] of [
      [{ ...DEVICE_INPUT, name: '   ' }, 'name'],
      [{ ...DEVICE_INPUT, name: 'x'.repeat(121) }, 'name'],
      [{ ...DEVICE_INPUT, location: '' }, 'location'],
    ] as const) {
      const response = await graphql<any>(app, REGISTER, { input }, { token: citizensOffice.token, language: 'de' });
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: [expect.objectContaining({ field })] });
    }
  });

  it('hands a step and its draft over to a phone once; used, expired and unknown codes are clear 4xx', async () => {
    const { secret } = await enrol(citizensOffice.token);
    const issued = await asTerminal<any>(app, secret, HANDOVER, {
      input: { step: 'create_account', draft: { email: ' person@example.org ', preferredLanguage: 'ar' } },
    });
    expect(issued.errors).toBeUndefined();
    const { code, path, expiresAt } = issued.data.createKioskHandover;
    expect(path).toBe(`/handover/${code}`);
    expect(new Date(expiresAt).getTime() - Date.now()).toBeGreaterThan(9 * 60_000);
    expect(JSON.stringify(await app.sql('SELECT * FROM kiosk_handovers'))).not.toContain(code);

    const redeemed = await graphql<any>(app, REDEEM, { code });
    expect(redeemed.data.redeemKioskHandover).toEqual({
      step: 'create_account',
      email: 'person@example.org',
      preferredLanguage: 'ar',
      articleId: null,
    });
    // The draft is handed out once and then no longer kept.
    expect(await app.sql('SELECT draft FROM kiosk_handovers WHERE redeemed_at IS NOT NULL')).toEqual([{ draft: {} }]);
    const second = await graphql<any>(app, REDEEM, { code }, { language: 'de' });
    expect(second.status).toBe(200);
    expect(second.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'HANDOVER_USED_OR_EXPIRED' });

    const expiring = (await asTerminal<any>(app, secret, HANDOVER, { input: { step: 'sign_in', draft: { email: 'a@example.org' } } })).data
      .createKioskHandover;
    await app.sql(`UPDATE kiosk_handovers SET expires_at = now() - interval '1 second' WHERE redeemed_at IS NULL`);
    const expired = await graphql<any>(app, REDEEM, { code: expiring.code });
    expect(expired.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'HANDOVER_USED_OR_EXPIRED' });
    for (const unknown of ['x'.repeat(43), '', 'y'.repeat(500)]) {
      const response = await graphql<any>(app, REDEEM, { code: unknown });
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'HANDOVER_INVALID' });
    }
  });

  it('hands over the appointments and call-staff screens too (the phone signs in on its own; nothing of the terminal goes along)', async () => {
    const { secret } = await enrol(citizensOffice.token);
    for (const step of ['appointments', 'talk_now']) {
      const issued = await asTerminal<any>(app, secret, HANDOVER, { input: { step, draft: {} } });
      expect(issued.errors).toBeUndefined();
      const redeemed = await graphql<any>(app, REDEEM, { code: issued.data.createKioskHandover.code });
      expect(redeemed.data.redeemKioskHandover).toEqual({ step, email: null, preferredLanguage: null, articleId: null });
    }
    const withDraft = await asTerminal<any>(app, secret, HANDOVER, {
      input: { step: 'appointments', draft: { email: 'person@example.org' } },
    });
    expect(withDraft.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it("takes only the step's own draft fields and never anything secret", async () => {
    const { secret } = await enrol(citizensOffice.token);
    const before = await app.sql('SELECT id FROM kiosk_handovers');
    for (const [input, field] of [
      [{ step: 'menu', draft: { email: 'person@example.org' } }, 'draft.email'],
      [{ step: 'sign_in', draft: { preferredLanguage: 'de' } }, 'draft.preferredLanguage'],
      [{ step: 'create_account', draft: { email: 'not an address' } }, 'email'],
      [{ step: 'news_article', draft: { articleId: 'nope' } }, 'articleId'],
    ] as const) {
      const response = await asTerminal<any>(app, secret, HANDOVER, { input });
      expect(response.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(response.errors?.[0].extensions.details)).toContain(field);
    }
    const password = await asTerminal<any>(app, secret, HANDOVER, { input: { step: 'sign_in', draft: { password: 'secret' } } });
    expect(password.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await app.sql('SELECT id FROM kiosk_handovers')).toEqual(before);
  });

  it('redeems a code exactly once under 10 parallel redemptions', async () => {
    const { secret } = await enrol(citizensOffice.token);
    const { code } = (await asTerminal<any>(app, secret, HANDOVER, { input: { step: 'sign_in', draft: { email: 'race@example.org' } } }))
      .data.createKioskHandover;
    const responses = await Promise.all(Array.from({ length: 10 }, () => graphql<any>(app, REDEEM, { code })));
    expect(outcomes(responses)).toEqual({ ok: 1, 'CONFLICT:HANDOVER_USED_OR_EXPIRED': 9 });
    expect(responses.find((response) => response.data)!.data!.redeemKioskHandover.email).toBe('race@example.org');
  });

  it("lists an office's terminals in one statement, as many for 30 as for 3", async () => {
    const fresh = await accountWithRoles(app, ['staff_economic_development']);
    await app.sql(`DELETE FROM kiosk_devices WHERE office = 'economic_development'`);
    const insert = (count: number) =>
      app.sql(
        `INSERT INTO kiosk_devices (name, location, district, office, secret_hash)
         SELECT 'T' || n, 'Ort', 'bochum', 'economic_development', md5(random()::text) || md5(random()::text) FROM generate_series(1, $1) n`,
        [count],
      );
    await insert(3);
    const few = await countedStatements(app, DEVICES, {}, fresh.token);
    await insert(27);
    const many = await countedStatements(app, DEVICES, {}, fresh.token);
    expect(many.data.kioskDevices).toHaveLength(30);
    expect(many.statements.length).toBe(few.statements.length);
    expect(many.statements.length).toBeLessThanOrEqual(1);
  });
});
