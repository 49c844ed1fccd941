import request from 'supertest';
import { DataSource } from 'typeorm';
import { OnboardingStep, OnboardingSteps } from '../src/companies/onboarding/onboarding-steps.js';
import { accountWithRoles } from './support/accounts.js';
import {
  CANCEL_SERVICE,
  CHANGE_HANDLING,
  COMPANY_ADDRESSES,
  COMPANY_MAIL,
  COMPLETE_MAIL,
  MARK_READ,
  SCAN_PDF,
  SCAN_PNG,
  SET_UP_SERVICE,
  STAFF_MAILBOX,
  UNREAD_COUNT,
  companyWithBusinessAddress,
  recordLetter,
  todayInBerlin,
} from './support/business-address.js';
import { graphql } from './support/graphql.js';
import { getBinary, jobsSettled } from './support/payments.js';
import { createTestApp, type TestApp } from './support/test-app.js';

type Company = Awaited<ReturnType<typeof companyWithBusinessAddress>>;

const FORWARD_TO = {
  name: 'Boulangerie Durand – Siège',
  street: '12 Rue de la République',
  postcode: '69002',
  city: 'Lyon',
  country: 'fr',
};

describe('the postal service of a business address (no fee)', () => {
  let app: TestApp;
  let durand: Company;
  let rossi: Company;
  let staff: { token: string };

  const journeyStep = async (company: Company) => {
    const steps = await app.app
      .get(OnboardingSteps)
      .resolve({ companyId: company.companyId, accountId: company.representative.account.id as string }, app.app.get(DataSource).manager, [
        OnboardingStep.business_address,
      ]);
    return steps[0];
  };
  const setUp = (company: Company, preference: string, extra: Record<string, unknown> = {}) =>
    graphql<any>(
      app,
      SET_UP_SERVICE,
      { input: { companyId: company.companyId, addressId: company.addressId, preference, ...extra } },
      { token: company.representative.token },
    );

  beforeAll(async () => {
    app = await createTestApp({ FEE_BUSINESS_ADDRESS_CENTS: '0', BUSINESS_MAIL_SCAN_MAX_BYTES: '4096' });
    durand = await companyWithBusinessAddress(app, 'Boulangerie Durand SAS');
    rossi = await companyWithBusinessAddress(app, 'Atelier Rossi S.r.l.');
    staff = await accountWithRoles(app, ['staff_economic_development']);
  });

  afterAll(async () => {
    await jobsSettled(app);
    await app.close();
  });

  it('activates a free service at once and completes the journey step', async () => {
    expect(await journeyStep(durand)).toMatchObject({ status: 'not_started', link: `/company/${durand.companyId}/business-address` });
    const booked = await setUp(durand, 'scan');
    expect(booked.errors).toBeUndefined();
    expect(booked.data.setUpBusinessMailService.service).toMatchObject({ status: 'active', mailHandling: 'scan', monthlyFeeCents: 0 });
    expect(booked.data.setUpBusinessMailService.service.activatedAt).toBeTruthy();
    expect(await journeyStep(durand)).toMatchObject({ status: 'done' });

    const again = await setUp(durand, 'hold');
    expect(again.errors?.[0].extensions.code).toBe('CONFLICT');
  });

  it('requires a forwarding address for forwarding, and keeps it', async () => {
    const missing = await setUp(rossi, 'forward');
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: [{ field: 'forwardingAddress' }] });
    const booked = await setUp(rossi, 'forward', { forwardingAddress: FORWARD_TO });
    expect(booked.data.setUpBusinessMailService.service).toMatchObject({
      status: 'active',
      mailHandling: 'forward',
      forwardingAddress: { ...FORWARD_TO, country: 'FR' },
    });
  });

  it('lets staff record a scanned letter that only the company’s representatives can read and download', async () => {
    const lookup = await graphql<any>(
      app,
      STAFF_MAILBOX,
      { mailbox: durand.mailbox.replace('Fach ', '').toLowerCase() },
      { token: staff.token },
    );
    expect(lookup.data.staffBusinessMailbox).toMatchObject({
      allocationId: durand.addressId,
      mailbox: durand.mailbox,
      companyName: 'Boulangerie Durand SAS',
      serviceStatus: 'active',
      handling: 'scan',
    });

    const withoutScan = await recordLetter(app, staff.token, { allocationId: durand.addressId });
    expect(withoutScan.status).toBe(400);
    expect(withoutScan.body.error.details).toEqual([expect.objectContaining({ field: 'scan' })]);
    const notAScan = await recordLetter(
      app,
      staff.token,
      { allocationId: durand.addressId },
      { content: Buffer.from('just text, named like a PDF'), fileName: 'fake.pdf' },
    );
    expect(notAScan.status).toBe(400);
    const tooLarge = await recordLetter(
      app,
      staff.token,
      { allocationId: durand.addressId },
      { content: Buffer.concat([SCAN_PDF, Buffer.alloc(5000, 32)]) },
    );
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.body.error.details).toEqual([expect.objectContaining({ field: 'scan', constraint: 'max_size' })]);
    const badDate = await recordLetter(
      app,
      staff.token,
      { allocationId: durand.addressId, receivedOn: '2999-01-01' },
      { content: SCAN_PDF },
    );
    expect(badDate.status).toBe(400);

    const [{ n: before }] = await app.sql<{ n: number }>('SELECT count(*)::int AS n FROM business_mail_items');
    expect(before).toBe(0);
    const recorded = await recordLetter(
      app,
      staff.token,
      { allocationId: durand.addressId, sender: 'Finanzamt Bochum-Mitte' },
      { content: SCAN_PDF },
    );
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({
      sender: 'Finanzamt Bochum-Mitte',
      handling: 'scan',
      status: 'scanned',
      mailbox: durand.mailbox,
      read: false,
      scanMediaType: 'application/pdf',
    });
    const itemId = recorded.body.id as string;

    const unread = await graphql<any>(app, UNREAD_COUNT, { companyId: durand.companyId }, { token: durand.representative.token });
    expect(unread.data.companyMailUnreadCount).toBe(1);
    const mail = await graphql<any>(app, COMPANY_MAIL, { companyId: durand.companyId }, { token: durand.representative.token });
    expect(mail.data.companyMail.nodes).toEqual([
      expect.objectContaining({
        id: itemId,
        sender: 'Finanzamt Bochum-Mitte',
        receivedOn: todayInBerlin(),
        scanUrl: `/api/business-mail/${itemId}/scan`,
        read: false,
      }),
    ]);
    const rossiMail = await graphql<any>(app, COMPANY_MAIL, { companyId: rossi.companyId }, { token: rossi.representative.token });
    expect(rossiMail.data.companyMail.nodes).toEqual([]);

    const notifications = await graphql<any>(
      app,
      '{ myNotifications(page: { first: 5 }) { nodes { title link } } }',
      {},
      { token: durand.representative.token },
    );
    expect(notifications.data.myNotifications.nodes[0]).toEqual({
      title: 'New letter from Finanzamt Bochum-Mitte',
      link: `/company/${durand.companyId}/business-address`,
    });
    const emails = await app.mailbox.list(durand.representative.email);
    expect(emails.find((message) => message.template === 'business_mail_received')?.subject).toBe(`New letter for ${durand.mailbox}`);

    const download = await getBinary(app, `/api/business-mail/${itemId}/scan`, durand.representative.token);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(download.body as Buffer, SCAN_PDF)).toBe(0);
    const afterDownload = await graphql<any>(app, UNREAD_COUNT, { companyId: durand.companyId }, { token: durand.representative.token });
    expect(afterDownload.data.companyMailUnreadCount).toBe(0);

    expect((await getBinary(app, `/api/business-mail/${itemId}/scan`, rossi.representative.token)).status).toBe(404);
    expect((await getBinary(app, `/api/business-mail/${itemId}/scan`, staff.token)).status).toBe(404);
    expect((await getBinary(app, `/api/business-mail/${itemId}/scan`)).status).toBe(401);
    expect((await getBinary(app, '/api/business-mail/not-a-uuid/scan', durand.representative.token)).status).toBe(404);
  });

  it('marks forwarded mail for forwarding, refuses a scan for it, and lets staff complete it once', async () => {
    const scanned = await recordLetter(
      app,
      staff.token,
      { allocationId: rossi.addressId },
      { content: SCAN_PNG, fileName: 'letter.png', contentType: 'image/png' },
    );
    expect(scanned.status).toBe(400);
    const recorded = await recordLetter(app, staff.token, { allocationId: rossi.addressId, sender: 'IHK Mittleres Ruhrgebiet' });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({
      handling: 'forward',
      status: 'awaiting_forwarding',
      scanUrl: null,
      forwardingAddress: { street: '12 Rue de la République', city: 'Lyon', country: 'FR' },
    });

    const done = await graphql<any>(app, COMPLETE_MAIL, { itemId: recorded.body.id }, { token: staff.token });
    expect(done.data.completeBusinessMail).toMatchObject({ status: 'forwarded' });
    const twice = await graphql<any>(app, COMPLETE_MAIL, { itemId: recorded.body.id }, { token: staff.token });
    expect(twice.errors?.[0].extensions.code).toBe('CONFLICT');

    const read = await graphql<any>(app, MARK_READ, { itemId: recorded.body.id }, { token: rossi.representative.token });
    expect(read.data.markBusinessMailRead).toMatchObject({ read: true, status: 'forwarded' });
  });

  it('holds the mail of a cancelled service for pick-up, and the handling can be chosen anew', async () => {
    const cancelled = await graphql<any>(
      app,
      CANCEL_SERVICE,
      { input: { companyId: rossi.companyId, addressId: rossi.addressId } },
      { token: rossi.representative.token },
    );
    expect(cancelled.data.cancelBusinessMailService.service).toMatchObject({ status: 'cancelled' });
    const change = await graphql<any>(
      app,
      CHANGE_HANDLING,
      { input: { companyId: rossi.companyId, addressId: rossi.addressId, preference: 'scan' } },
      { token: rossi.representative.token },
    );
    expect(change.errors?.[0].extensions.code).toBe('CONFLICT');
    const held = await recordLetter(app, staff.token, { allocationId: rossi.addressId, sender: 'Deutsche Rentenversicherung' });
    expect(held.body).toMatchObject({ handling: 'hold', status: 'awaiting_pickup' });

    const rebooked = await setUp(rossi, 'hold');
    expect(rebooked.data.setUpBusinessMailService.service).toMatchObject({ status: 'active', mailHandling: 'hold', cancelledAt: null });
    const changed = await graphql<any>(
      app,
      CHANGE_HANDLING,
      { input: { companyId: rossi.companyId, addressId: rossi.addressId, preference: 'scan' } },
      { token: rossi.representative.token },
    );
    expect(changed.data.changeBusinessMailHandling.service).toMatchObject({
      status: 'active',
      mailHandling: 'scan',
      forwardingAddress: null,
    });
  });

  it('answers NOT_FOUND for every operation on another company’s address or mail', async () => {
    const [{ id: durandItem }] = await app.sql<{ id: string }>('SELECT id FROM business_mail_items WHERE company_id = $1 LIMIT 1', [
      durand.companyId,
    ]);
    const intruder = rossi.representative.token;
    const asIntruder = (query: string, variables: Record<string, unknown>) => graphql<any>(app, query, variables, { token: intruder });
    const attempts = [
      asIntruder(COMPANY_ADDRESSES, { companyId: durand.companyId }),
      asIntruder(SET_UP_SERVICE, { input: { companyId: durand.companyId, addressId: durand.addressId, preference: 'hold' } }),
      // Own company id with the other company's address.
      asIntruder(SET_UP_SERVICE, { input: { companyId: rossi.companyId, addressId: durand.addressId, preference: 'hold' } }),
      asIntruder(CHANGE_HANDLING, { input: { companyId: durand.companyId, addressId: durand.addressId, preference: 'hold' } }),
      asIntruder(CHANGE_HANDLING, { input: { companyId: rossi.companyId, addressId: durand.addressId, preference: 'hold' } }),
      asIntruder(CANCEL_SERVICE, { input: { companyId: durand.companyId, addressId: durand.addressId } }),
      asIntruder(CANCEL_SERVICE, { input: { companyId: rossi.companyId, addressId: durand.addressId } }),
      asIntruder(COMPANY_MAIL, { companyId: durand.companyId }),
      asIntruder(UNREAD_COUNT, { companyId: durand.companyId }),
      asIntruder(MARK_READ, { itemId: durandItem }),
    ];
    for (const response of await Promise.all(attempts)) expect(response.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const [{ status }] = await app.sql<{ status: string }>('SELECT status FROM business_mail_services WHERE allocation_id = $1', [
      durand.addressId,
    ]);
    expect(status).toBe('active');
  });

  it('lets only staff of the service point look up mailboxes and record or complete letters', async () => {
    const representative = durand.representative.token;
    const lookup = await graphql<any>(app, STAFF_MAILBOX, { mailbox: durand.mailbox }, { token: representative });
    expect(lookup.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const record = await recordLetter(app, representative, { allocationId: durand.addressId }, { content: SCAN_PDF });
    expect(record.status).toBe(403);
    const [{ id }] = await app.sql<{ id: string }>("SELECT id FROM business_mail_items WHERE status = 'awaiting_pickup' LIMIT 1");
    const complete = await graphql<any>(app, COMPLETE_MAIL, { itemId: id }, { token: representative });
    expect(complete.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const anonymous = await request(app.http).post('/api/business-mail').field('allocationId', durand.addressId);
    expect(anonymous.status).toBe(401);
    const citizensOffice = await accountWithRoles(app, ['staff_citizens_office']);
    expect(
      (await graphql<any>(app, STAFF_MAILBOX, { mailbox: durand.mailbox }, { token: citizensOffice.token })).errors?.[0].extensions.code,
    ).toBe('FORBIDDEN');
    const unknown = await graphql<any>(app, STAFF_MAILBOX, { mailbox: 'HBF-99999' }, { token: staff.token });
    expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});
