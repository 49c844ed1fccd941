import { existsSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AddressesPersonalData } from '../src/addresses/addresses-personal-data.js';
import { ResidentMailStorage } from '../src/addresses/resident-mail-storage.js';
import { accountWithRoles } from './support/accounts.js';
import {
  COMPLETE_RESIDENT_MAIL,
  MARK_RESIDENT_READ,
  MY_RESIDENT_MAIL,
  RESIDENT_UNREAD,
  STAFF_RESIDENT_MAILBOX,
  recordResidentLetter,
  residentWithMailbox,
} from './support/addresses.js';
import { SCAN_PDF, SCAN_PNG, todayInBerlin } from './support/business-address.js';
import { graphql } from './support/graphql.js';
import { getBinary, jobsSettled } from './support/payments.js';
import { countedStatements } from './support/statements.js';
import { createTestApp, type TestApp } from './support/test-app.js';

type Resident = Awaited<ReturnType<typeof residentWithMailbox>>;

describe('residents’ mail: letters for BO mailboxes', () => {
  let app: TestApp;
  let scanner: Resident;
  let forwarder: Resident;
  let keeper: Resident;
  let clerk: { token: string };
  let scannedId: string;

  const itemCount = async () => (await app.sql<{ n: number }>('SELECT count(*)::int AS n FROM resident_mail_items'))[0].n;

  beforeAll(async () => {
    app = await createTestApp({ BUSINESS_MAIL_SCAN_MAX_BYTES: '4096' });
    scanner = await residentWithMailbox(app, 'scan', { language: 'de' });
    forwarder = await residentWithMailbox(app, 'forward');
    keeper = await residentWithMailbox(app, 'hold');
    clerk = await accountWithRoles(app, ['staff_citizens_office']);
  });

  afterAll(async () => {
    await jobsSettled(app);
    await app.close();
  });

  it('finds a resident’s mailbox as written on the envelope, with the holder’s choice', async () => {
    const lookup = await graphql<any>(
      app,
      STAFF_RESIDENT_MAILBOX,
      { mailbox: scanner.mailbox.replace('Fach ', '').toLowerCase() },
      { token: clerk.token },
    );
    expect(lookup.data.staffResidentMailbox).toMatchObject({
      allocationId: scanner.addressId,
      mailbox: scanner.mailbox,
      holderName: 'Erika Mustermann',
      handling: 'scan',
      recentItems: [],
    });
    const forward = await graphql<any>(app, STAFF_RESIDENT_MAILBOX, { mailbox: forwarder.mailbox }, { token: clerk.token });
    expect(forward.data.staffResidentMailbox).toMatchObject({
      handling: 'forward',
      forwardingAddress: { city: 'Amsterdam', country: 'NL' },
    });
    for (const mailbox of ['BO-99999', 'HBF-00001', 'not a mailbox'])
      expect((await graphql<any>(app, STAFF_RESIDENT_MAILBOX, { mailbox }, { token: clerk.token })).errors?.[0].extensions.code).toBe(
        'NOT_FOUND',
      );
    const tooMany = await graphql<any>(app, STAFF_RESIDENT_MAILBOX, { mailbox: scanner.mailbox, recent: 101 }, { token: clerk.token });
    expect(tooMany.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses bad letters with field errors and writes nothing', async () => {
    const cases = [
      [{ allocationId: scanner.addressId }, undefined, 'scan'],
      [{ allocationId: scanner.addressId }, { content: Buffer.from('just text, named like a PDF'), fileName: 'fake.pdf' }, 'scan'],
      [{ allocationId: scanner.addressId }, { content: Buffer.concat([SCAN_PDF, Buffer.alloc(5000, 32)]) }, 'scan'],
      [{ allocationId: scanner.addressId, sender: '   ' }, { content: SCAN_PDF }, 'sender'],
      [{ allocationId: scanner.addressId, sender: 'x'.repeat(201) }, { content: SCAN_PDF }, 'sender'],
      [{ allocationId: scanner.addressId, receivedOn: '2999-01-01' }, { content: SCAN_PDF }, 'receivedOn'],
      [{ allocationId: scanner.addressId, receivedOn: '2026-02-30' }, { content: SCAN_PDF }, 'receivedOn'],
      [{ allocationId: keeper.addressId }, { content: SCAN_PNG, fileName: 'letter.png', contentType: 'image/png' }, 'scan'],
    ] as const;
    for (const [fields, scan, field] of cases) {
      const response = await recordResidentLetter(app, clerk.token, fields, scan);
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({ code: 'BAD_USER_INPUT', details: [expect.objectContaining({ field })] });
    }
    const notMultipart = await request(app.http)
      .post('/api/resident-mail')
      .set('authorization', `Bearer ${clerk.token}`)
      .send({ allocationId: scanner.addressId });
    expect(notMultipart.status).toBe(400);
    const unknown = await recordResidentLetter(app, clerk.token, { allocationId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.status).toBe(404);
    expect(await itemCount()).toBe(0);
  });

  it('records a scanned letter that the holder reads in the inbox, is told about, downloads and marks read or unread', async () => {
    const recorded = await recordResidentLetter(
      app,
      clerk.token,
      { allocationId: scanner.addressId, sender: 'Ausländerbehörde Bochum' },
      { content: SCAN_PDF },
    );
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({
      sender: 'Ausländerbehörde Bochum',
      handling: 'scan',
      status: 'scanned',
      mailbox: scanner.mailbox,
      receivedOn: todayInBerlin(),
      read: false,
      scanMediaType: 'application/pdf',
    });
    scannedId = recorded.body.id;
    expect(recorded.body.scanUrl).toBe(`/api/resident-mail/${scannedId}/scan`);

    const inbox = await graphql<any>(app, MY_RESIDENT_MAIL, {}, { token: scanner.token });
    expect(inbox.data.myResidentMail.nodes).toEqual([
      expect.objectContaining({ id: scannedId, read: false, sender: 'Ausländerbehörde Bochum' }),
    ]);
    expect((await graphql<any>(app, RESIDENT_UNREAD, {}, { token: scanner.token })).data.myResidentMailUnreadCount).toBe(1);

    const notifications = await graphql<any>(
      app,
      '{ myNotifications(page: { first: 5 }) { nodes { title link } } }',
      {},
      { token: scanner.token },
    );
    expect(notifications.data.myNotifications.nodes[0]).toEqual({
      title: 'Neuer Brief von Ausländerbehörde Bochum',
      link: '/address/mail',
    });
    const email = (await app.mailbox.list(scanner.email)).find((message) => message.template === 'residentMail.received');
    expect(email?.subject).toBe(`Neuer Brief für ${scanner.mailbox}`);

    const download = await getBinary(app, `/api/resident-mail/${scannedId}/scan`, scanner.token);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['cache-control']).toBe('private, no-store');
    expect(Buffer.compare(download.body as Buffer, SCAN_PDF)).toBe(0);
    expect((await graphql<any>(app, RESIDENT_UNREAD, {}, { token: scanner.token })).data.myResidentMailUnreadCount).toBe(0);

    const unread = await graphql<any>(app, MARK_RESIDENT_READ, { itemId: scannedId, read: false }, { token: scanner.token });
    expect(unread.data.markResidentMailRead).toMatchObject({ id: scannedId, read: false });
    const read = await graphql<any>(app, MARK_RESIDENT_READ, { itemId: scannedId, read: true }, { token: scanner.token });
    expect(read.data.markResidentMailRead).toMatchObject({ read: true });
  });

  it('records forwarding with the address of the day and when it went, and held mail until picked up', async () => {
    const forwarded = await recordResidentLetter(app, clerk.token, {
      allocationId: forwarder.addressId,
      sender: 'Deutsche Rentenversicherung',
    });
    expect(forwarded.status).toBe(201);
    expect(forwarded.body).toMatchObject({
      handling: 'forward',
      status: 'awaiting_forwarding',
      scanUrl: null,
      completedAt: null,
      forwardingAddress: { street: 'Keizersgracht 123', city: 'Amsterdam', country: 'NL' },
    });
    const done = await graphql<any>(app, COMPLETE_RESIDENT_MAIL, { itemId: forwarded.body.id }, { token: clerk.token });
    expect(done.data.completeResidentMail).toMatchObject({ status: 'forwarded', mailbox: forwarder.mailbox });
    expect(done.data.completeResidentMail.completedAt).toBeTruthy();
    const twice = await graphql<any>(app, COMPLETE_RESIDENT_MAIL, { itemId: forwarded.body.id }, { token: clerk.token });
    expect(twice.errors?.[0].extensions.code).toBe('CONFLICT');
    const seen = await graphql<any>(app, MY_RESIDENT_MAIL, {}, { token: forwarder.token });
    expect(seen.data.myResidentMail.nodes).toEqual([
      expect.objectContaining({
        status: 'forwarded',
        completedAt: done.data.completeResidentMail.completedAt,
        forwardingAddress: expect.objectContaining({ city: 'Amsterdam' }),
      }),
    ]);

    const held = await recordResidentLetter(app, clerk.token, { allocationId: keeper.addressId, sender: 'Stadtwerke Bochum' });
    expect(held.body).toMatchObject({ handling: 'hold', status: 'awaiting_pickup' });
    const scanned = await graphql<any>(app, COMPLETE_RESIDENT_MAIL, { itemId: scannedId }, { token: clerk.token });
    expect(scanned.errors?.[0].extensions.code).toBe('CONFLICT');
  });

  it('answers NOT_FOUND for another resident’s letter and its scan', async () => {
    const intruder = forwarder.token;
    expect(
      (await graphql<any>(app, MARK_RESIDENT_READ, { itemId: scannedId, read: false }, { token: intruder })).errors?.[0].extensions.code,
    ).toBe('NOT_FOUND');
    expect((await getBinary(app, `/api/resident-mail/${scannedId}/scan`, intruder)).status).toBe(404);
    expect((await getBinary(app, `/api/resident-mail/${scannedId}/scan`, clerk.token)).status).toBe(404);
    expect((await getBinary(app, `/api/resident-mail/${scannedId}/scan`)).status).toBe(401);
    expect((await getBinary(app, '/api/resident-mail/not-a-uuid/scan', scanner.token)).status).toBe(404);
    const theirs = await graphql<any>(app, MY_RESIDENT_MAIL, {}, { token: intruder });
    expect(theirs.data.myResidentMail.nodes.map((item: { id: string }) => item.id)).not.toContain(scannedId);
    const [{ read_at }] = await app.sql<{ read_at: Date | null }>('SELECT read_at FROM resident_mail_items WHERE id = $1', [scannedId]);
    expect(read_at).not.toBeNull();
  });

  it('lets only the citizens’ office (and admins) look up mailboxes and record or complete letters', async () => {
    const [{ id: heldId }] = await app.sql<{ id: string }>("SELECT id FROM resident_mail_items WHERE status = 'awaiting_pickup'");
    for (const roles of [[], ['staff_economic_development'], ['resident']]) {
      const someone = roles.length ? await accountWithRoles(app, roles) : scanner;
      expect(
        (await graphql<any>(app, STAFF_RESIDENT_MAILBOX, { mailbox: scanner.mailbox }, { token: someone.token })).errors?.[0].extensions
          .code,
      ).toBe('FORBIDDEN');
      expect((await recordResidentLetter(app, someone.token, { allocationId: scanner.addressId }, { content: SCAN_PDF })).status).toBe(403);
      expect(
        (await graphql<any>(app, COMPLETE_RESIDENT_MAIL, { itemId: heldId }, { token: someone.token })).errors?.[0].extensions.code,
      ).toBe('FORBIDDEN');
    }
    expect((await request(app.http).post('/api/resident-mail').field('allocationId', scanner.addressId)).status).toBe(401);
    const admin = await accountWithRoles(app, ['admin']);
    const picked = await graphql<any>(app, COMPLETE_RESIDENT_MAIL, { itemId: heldId }, { token: admin.token });
    expect(picked.data.completeResidentMail).toMatchObject({ status: 'picked_up' });
  });

  it('reads an inbox of 100 letters and the staff list of 100 in at most 5 statements each', async () => {
    await app.sql(
      `INSERT INTO resident_mail_items (allocation_id, holder_account_id, sender, received_on, handling, status, forwarding_address, recorded_by, received_at)
       SELECT $1, holder_account_id, 'Absender ' || n, current_date, 'forward', 'awaiting_forwarding', forwarding_address, $2, now() - make_interval(mins => n)
       FROM address_allocations, generate_series(1, 120) AS n WHERE id = $1`,
      [forwarder.addressId, forwarder.account.id],
    );
    const inbox = await countedStatements(app, MY_RESIDENT_MAIL, { page: { first: 100 } }, forwarder.token);
    expect(inbox.data.myResidentMail.nodes).toHaveLength(100);
    expect(inbox.data.myResidentMail.pageInfo.hasNextPage).toBe(true);
    expect(inbox.statements.length).toBeLessThanOrEqual(5);
    const next = await graphql<any>(
      app,
      MY_RESIDENT_MAIL,
      { page: { first: 100, after: inbox.data.myResidentMail.pageInfo.endCursor } },
      { token: forwarder.token },
    );
    const [{ n }] = await app.sql<{ n: number }>('SELECT count(*)::int AS n FROM resident_mail_items WHERE holder_account_id = $1', [
      forwarder.account.id,
    ]);
    expect(next.data.myResidentMail.nodes).toHaveLength(n - 100);

    const staffList = await countedStatements(app, STAFF_RESIDENT_MAILBOX, { mailbox: forwarder.mailbox, recent: 100 }, clerk.token);
    expect(staffList.data.staffResidentMailbox.recentItems).toHaveLength(100);
    expect(staffList.statements.length).toBeLessThanOrEqual(5);
  });

  it('exports a holder’s letters and deletes them with their scans when the account is erased', async () => {
    const source = app.app.get(AddressesPersonalData);
    const exported = await source.export(scanner.account.id as string);
    expect(exported.letters).toEqual([expect.objectContaining({ sender: 'Ausländerbehörde Bochum', handling: 'scan' })]);
    const [{ scan_storage_key: key }] = await app.sql<{ scan_storage_key: string }>(
      'SELECT scan_storage_key FROM resident_mail_items WHERE id = $1',
      [scannedId],
    );
    const storage = app.app.get(ResidentMailStorage);
    expect(existsSync(path.join(app.config.files.dir, storage.storageKeyOf(key)))).toBe(true);
    const report = await app.app.get(DataSource).transaction((manager) => source.erase(scanner.account.id as string, manager));
    await report.afterCommit?.();
    expect(report.deleted.resident_mail_items).toBe(1);
    expect(existsSync(path.join(app.config.files.dir, storage.storageKeyOf(key)))).toBe(false);
    expect((await graphql<any>(app, MY_RESIDENT_MAIL, {}, { token: scanner.token })).data.myResidentMail.nodes).toEqual([]);
  });
});
