import { DataSource } from 'typeorm';
import { BusinessPostalService } from '../src/business-address/business-postal.service.js';
import { OnboardingStep, OnboardingSteps } from '../src/companies/onboarding/onboarding-steps.js';
import { accountWithRoles } from './support/accounts.js';
import {
  CANCEL_SERVICE,
  COMPANY_ADDRESSES,
  SET_UP_SERVICE,
  STAFF_MAILBOX,
  companyWithBusinessAddress,
  recordLetter,
} from './support/business-address.js';
import { graphql } from './support/graphql.js';
import { eventually, jobsSettled, sandboxCheckout } from './support/payments.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const START = 'mutation($input: StartPaymentInput!) { startPayment(input: $input) { id checkoutUrl status amountCents } }';
const DAY_MS = 24 * 3600 * 1000;

type Company = Awaited<ReturnType<typeof companyWithBusinessAddress>>;

describe('the postal service of a business address with a monthly fee', () => {
  let app: TestApp;
  let durand: Company;
  let rossi: Company;
  let keyCounter = 0;

  const serviceOf = async (company: Company) =>
    (await graphql<any>(app, COMPANY_ADDRESSES, { companyId: company.companyId }, { token: company.representative.token })).data
      .companyBusinessAddresses[0].service;
  const startPayment = (company: Company, subjectId: string) =>
    graphql<any>(
      app,
      START,
      {
        input: {
          purpose: 'business_address',
          subjectType: 'business_address_service',
          subjectId,
          idempotencyKey: `7b0e54a6-1c1e-4c59-9d0b-${String(++keyCounter).padStart(12, '0')}`,
        },
      },
      { token: company.representative.token },
    );
  const pay = async (company: Company, subjectId: string) => {
    const started = await startPayment(company, subjectId);
    expect(started.errors).toBeUndefined();
    expect(started.data.startPayment.amountCents).toBe(900);
    expect((await sandboxCheckout(app, started.data.startPayment.checkoutUrl, 'pay')).status).toBe(200);
    return eventually(async () => {
      const current = await serviceOf(company);
      return current.status === 'active' && current.paymentSubjectId === null ? current : null;
    });
  };

  beforeAll(async () => {
    app = await createTestApp({ FEE_BUSINESS_ADDRESS_CENTS: '900' });
    durand = await companyWithBusinessAddress(app, 'Boulangerie Durand SAS');
    rossi = await companyWithBusinessAddress(app, 'Atelier Rossi S.r.l.');
  });

  afterAll(async () => {
    await jobsSettled(app);
    await app.close();
  });

  it('waits for the payment, refuses payments by others, and activates for one month once paid', async () => {
    const staff = await accountWithRoles(app, ['admin']);
    const journey = async () =>
      (
        await app.app
          .get(OnboardingSteps)
          .resolve(
            { companyId: durand.companyId, accountId: durand.representative.account.id as string },
            app.app.get(DataSource).manager,
            [OnboardingStep.business_address],
          )
      )[0];

    const before = await graphql<any>(app, COMPANY_ADDRESSES, { companyId: durand.companyId }, { token: durand.representative.token });
    expect(before.data.companyBusinessAddresses[0]).toMatchObject({ currentMonthlyFeeCents: 900, currency: 'EUR', service: null });

    const booked = await graphql<any>(
      app,
      SET_UP_SERVICE,
      { input: { companyId: durand.companyId, addressId: durand.addressId, preference: 'scan' } },
      { token: durand.representative.token },
    );
    const service = booked.data.setUpBusinessMailService.service;
    expect(service).toMatchObject({
      status: 'awaiting_payment',
      mailHandling: 'scan',
      monthlyFeeCents: 900,
      paymentSubjectType: 'business_address_service',
      activatedAt: null,
      paidUntil: null,
    });
    expect(service.paymentSubjectId).toEqual(expect.any(String));
    expect(await journey()).toMatchObject({ status: 'action_required', detailKey: 'business-address:journey.payFee' });

    // Changing the choice before paying keeps the same month to pay.
    const rechosen = await graphql<any>(
      app,
      SET_UP_SERVICE,
      { input: { companyId: durand.companyId, addressId: durand.addressId, preference: 'scan' } },
      { token: durand.representative.token },
    );
    expect(rechosen.data.setUpBusinessMailService.service.paymentSubjectId).toBe(service.paymentSubjectId);

    // Until it is paid, letters are held, not scanned.
    const lookup = await graphql<any>(app, STAFF_MAILBOX, { mailbox: durand.mailbox }, { token: staff.token });
    expect(lookup.data.staffBusinessMailbox).toMatchObject({ serviceStatus: 'awaiting_payment', handling: 'hold' });
    const held = await recordLetter(app, staff.token, { allocationId: durand.addressId, sender: 'Stadtwerke Bochum' });
    expect(held.body).toMatchObject({ handling: 'hold', status: 'awaiting_pickup' });

    for (const subjectId of [service.paymentSubjectId, service.id, durand.addressId]) {
      const byOther = await startPayment(rossi, subjectId);
      expect(byOther.errors?.[0].extensions.code).toBeDefined();
      expect(byOther.data).toBeNull();
    }
    const wrongSubject = await startPayment(durand, service.id);
    expect(wrongSubject.data).toBeNull();

    const active = await pay(durand, service.paymentSubjectId);
    expect(active.activatedAt).toBeTruthy();
    const paidDays = (Date.parse(active.paidUntil) - Date.now()) / DAY_MS;
    expect(paidDays).toBeGreaterThan(27);
    expect(paidDays).toBeLessThan(32);
    expect(await journey()).toMatchObject({ status: 'done' });

    const paidAgain = await startPayment(durand, service.paymentSubjectId);
    expect(paidAgain.data).toBeNull();

    const scanned = await recordLetter(app, staff.token, { allocationId: durand.addressId, sender: 'Finanzamt Bochum-Mitte' });
    expect(scanned.status).toBe(400);
  });

  it('asks for the next month when the paid month ends, and holds letters until it is paid', async () => {
    const postal = app.app.get(BusinessPostalService);
    expect(await postal.renewDue()).toBe(0);
    await app.sql("UPDATE business_mail_services SET paid_until = now() - interval '1 minute' WHERE allocation_id = $1", [
      durand.addressId,
    ]);
    expect(await postal.renewDue()).toBe(1);
    expect(await postal.renewDue()).toBe(0);

    const due = await serviceOf(durand);
    expect(due).toMatchObject({ status: 'awaiting_payment', activatedAt: expect.any(String) });
    expect(due.paymentSubjectId).toEqual(expect.any(String));
    const notifications = await graphql<any>(
      app,
      '{ myNotifications(page: { first: 5 }) { nodes { title } } }',
      {},
      { token: durand.representative.token },
    );
    expect(notifications.data.myNotifications.nodes.map((node: { title: string }) => node.title)).toContain('Postal service fee due');
    expect((await app.mailbox.list(durand.representative.email)).map((mail) => mail.template)).toContain('business_mail_fee_due');

    const renewed = await pay(durand, due.paymentSubjectId);
    const paidDays = (Date.parse(renewed.paidUntil) - Date.now()) / DAY_MS;
    expect(paidDays).toBeGreaterThan(27);
    const [{ n }] = await app.sql<{ n: number }>(
      'SELECT count(*)::int AS n FROM business_mail_charges WHERE paid_at IS NOT NULL AND service_id = $1',
      [renewed.id],
    );
    expect(n).toBe(2);
  });

  it('books a cancelled service anew: at once within the paid month, afterwards with a month of its own to pay', async () => {
    const booked = await graphql<any>(
      app,
      SET_UP_SERVICE,
      { input: { companyId: rossi.companyId, addressId: rossi.addressId, preference: 'hold' } },
      { token: rossi.representative.token },
    );
    const first = booked.data.setUpBusinessMailService.service;
    const paid = await pay(rossi, first.paymentSubjectId);
    const cancelled = await graphql<any>(
      app,
      CANCEL_SERVICE,
      { input: { companyId: rossi.companyId, addressId: rossi.addressId } },
      { token: rossi.representative.token },
    );
    expect(cancelled.data.cancelBusinessMailService.service.status).toBe('cancelled');

    // Within the paid month, booking again costs nothing more.
    const withinPaidMonth = await graphql<any>(
      app,
      SET_UP_SERVICE,
      { input: { companyId: rossi.companyId, addressId: rossi.addressId, preference: 'hold' } },
      { token: rossi.representative.token },
    );
    expect(withinPaidMonth.data.setUpBusinessMailService.service).toMatchObject({
      status: 'active',
      paymentSubjectId: null,
      paidUntil: paid.paidUntil,
    });
    await graphql<any>(
      app,
      CANCEL_SERVICE,
      { input: { companyId: rossi.companyId, addressId: rossi.addressId } },
      { token: rossi.representative.token },
    );
    await app.sql("UPDATE business_mail_services SET paid_until = now() - interval '1 day' WHERE allocation_id = $1", [rossi.addressId]);

    const rebooked = await graphql<any>(
      app,
      SET_UP_SERVICE,
      { input: { companyId: rossi.companyId, addressId: rossi.addressId, preference: 'scan' } },
      { token: rossi.representative.token },
    );
    const second = rebooked.data.setUpBusinessMailService.service;
    expect(second).toMatchObject({ status: 'awaiting_payment', mailHandling: 'scan', paidUntil: null });
    expect(second.paymentSubjectId).not.toBe(first.paymentSubjectId);
    const active = await pay(rossi, second.paymentSubjectId);
    expect(active.mailHandling).toBe('scan');
  });
});
