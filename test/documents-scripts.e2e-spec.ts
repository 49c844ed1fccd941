import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { Translator } from '../src/common/i18n/translator.js';
import { accountWithRoles, signedInAccount } from './support/accounts.js';
import { grantResidency } from './support/cards.js';
import { createCompanyForTest, createEstablishmentForTest } from './support/companies.js';
import { graphql } from './support/graphql.js';
import { verifyIdentityForTest } from './support/identity-verification.js';
import { eventually, getBinary, jobsSettled, sandboxCheckout, startPayment } from './support/payments.js';
import { pdfText } from './support/pdf-text.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import {
  payTradeRegistrationForTest,
  registerTradeRegistrationForTest,
  submitTradeRegistrationForTest,
} from './support/trade-registration.js';

const REQUEST_CARD = `mutation($input: RequestCitizenCardInput!) { requestCitizenCard(input: $input) { id status } }`;
const MY_CARDS = '{ myCitizenCards { id holderName status } }';
const ARTIFACTS = path.resolve('test/artifacts/documents');

/** Keeps a document and its first page as PNG (when poppler is installed) for people to look at. */
async function keep(name: string, pdf: Buffer): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.pdf`);
  writeFileSync(file, pdf);
  await promisify(execFile)('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', file, file.replace(/\.pdf$/, '')]).catch(
    () => undefined,
  );
}

const PEOPLE = [
  { key: 'founder-pl', language: 'pl', name: 'Łukasz Şahin', identity: { givenName: 'Łukasz', familyName: 'Şahin', nationality: 'PL' } },
  { key: 'resident-ar', language: 'ar', name: 'محمد الأحمد', identity: { givenName: 'محمد', familyName: 'الأحمد', nationality: 'SY' } },
  // A Chinese name is written family name first, without a space.
  { key: 'resident-zh', language: 'zh', name: '王小明', identity: { givenName: '小明', familyName: '王', nationality: 'CN' } },
];

/**
 * Names in every script on every document: the card, the receipt of its fee and the trade
 * registration confirmation of a founder "Łukasz Şahin", a resident "محمد الأحمد" and a resident
 * "王小明", each in their own language, read back with a real PDF reader (pdf.js).
 */
describe('documents in every script (e2e)', () => {
  let app: TestApp;
  let translator: Translator;
  let staff: { token: string };

  beforeAll(async () => {
    app = await createTestApp({ FEE_CITIZEN_CARD_CENTS: '1500', JOBS_POLLING_INTERVAL_SECONDS: '0.5' });
    translator = app.app.get(Translator, { strict: false });
    staff = await accountWithRoles(app, ['staff_economic_development']);
  });

  afterAll(async () => {
    await jobsSettled(app);
    await app.close();
  });

  it.each(PEOPLE)('$name ($language): card, receipt and trade registration', async ({ key, language, name, identity }) => {
    const person = await signedInAccount(app, undefined, undefined, language);
    const accountId = String(person.account.id);
    await verifyIdentityForTest(app, accountId, 'high', identity);
    const t = (catalogueKey: string) => translator.t(language, catalogueKey, { city: app.config.cityName });

    // The card: the fee, paid in the sandbox, then the card with the verified name.
    await grantResidency(app, accountId);
    const requested = await graphql<any>(app, REQUEST_CARD, { input: { idempotencyKey: `card-${accountId}` } }, { token: person.token });
    expect(requested.data.requestCitizenCard.status).toBe('awaiting_payment');
    const payer = { email: person.email, token: person.token, accountId };
    const payment = (await startPayment(app, payer, { subjectType: 'card_request', subjectId: requested.data.requestCitizenCard.id })).data!
      .startPayment;
    expect((await sandboxCheckout(app, payment.checkoutUrl!, 'pay')).status).toBe(200);
    const card = await eventually(
      async () => (await graphql<any>(app, MY_CARDS, {}, { token: person.token })).data.myCitizenCards[0],
      30_000,
    );
    expect(card).toMatchObject({ holderName: name, status: 'active' });

    const cardPdf = await getBinary(app, `/api/cards/${card.id}/card.pdf`, person.token);
    expect(cardPdf.status).toBe(200);
    await keep(`card-${key}`, cardPdf.body);
    const cardText = (await pdfText(cardPdf.body)).split('\n');
    expect(cardText).toContain(name);
    expect(cardText).toContain(t('cards:pdf.holder'));

    // The receipt of the card fee: the payer's verified name and address, in the payer's language.
    const receipt = await getBinary(app, `/api/payments/${payment.id}/receipt.pdf`, person.token);
    expect(receipt.status).toBe(200);
    await keep(`receipt-${key}`, receipt.body);
    const receiptText = await pdfText(receipt.body);
    expect(receiptText).toContain(`${t('payments:receipt.payer')} ${name}\n${person.email}`);
    expect(receiptText).toContain(t('payments:receipt.title'));

    // The trade registration confirmation: German first, then the person's language.
    const { companyId } = await createCompanyForTest(app, person.token);
    const { establishmentId } = await createEstablishmentForTest(app, person.token, companyId);
    const { tradeRegistrationId } = await submitTradeRegistrationForTest(app, person.token, companyId, establishmentId);
    await payTradeRegistrationForTest(app, person.token, tradeRegistrationId);
    const { registrationNumber } = await registerTradeRegistrationForTest(app, staff.token, tradeRegistrationId);
    const confirmation = await getBinary(app, `/api/trade-registrations/${tradeRegistrationId}/confirmation.pdf`, person.token);
    expect(confirmation.status).toBe(200);
    await keep(`trade-registration-${key}`, confirmation.body);
    const confirmationText = await pdfText(confirmation.body);
    expect(confirmationText.split(name)).toHaveLength(3); // in the German text and in the translation
    expect(confirmationText.split(registrationNumber)).toHaveLength(3);
    const flowing = confirmationText.replace(/\s+/g, ' '); // a long title wraps
    expect(flowing).toContain(translator.t('de', 'trade-registration:pdf.title'));
    expect(flowing).toContain(t('trade-registration:pdf.title'));
  });
});
