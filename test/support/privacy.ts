import { graphql } from './graphql.js';
import { grantResidency, newDevice, publishedVerifier } from './cards.js';
import { eventually, person, sandboxCheckout, startPayment, type Person } from './payments.js';
import type { TestApp } from './test-app.js';

export const DELETE_MY_ACCOUNT = 'mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) }';

export interface ResidentWithCard extends Person {
  cardId: string;
  verify: () => Promise<{ valid: boolean; reason: string | null }>;
}

/** A resident who paid the card fee and holds the card on a phone: what an erasure must revoke, remove and keep. */
export async function residentWithCardAndPayment(app: TestApp, language = 'en'): Promise<ResidentWithCard> {
  const resident = await person(app, language);
  await grantResidency(app, resident.accountId);
  const requested = await graphql<any>(
    app,
    'mutation($input: RequestCitizenCardInput!) { requestCitizenCard(input: $input) { id } }',
    { input: { idempotencyKey: `card-${resident.accountId}` } },
    { token: resident.token },
  );
  if (requested.errors) throw new Error(JSON.stringify(requested.errors));
  const payment = await startPayment(app, resident, { subjectType: 'card_request', subjectId: requested.data.requestCitizenCard.id });
  if (!payment.data?.startPayment.checkoutUrl) throw new Error(JSON.stringify(payment.errors));
  await sandboxCheckout(app, payment.data.startPayment.checkoutUrl, 'pay').expect(200);
  const card = await eventually(
    async () => (await graphql<any>(app, '{ myCitizenCards { id } }', {}, { token: resident.token })).data.myCitizenCards[0],
    30_000,
  );
  const phone = await newDevice();
  const activated = await graphql<any>(
    app,
    'mutation($input: ActivateCardInput!) { activateCardOnDevice(input: $input) { id credential } }',
    { input: { cardId: card.id, devicePublicKey: phone.publicKey } },
    { token: resident.token },
  );
  if (activated.errors) throw new Error(JSON.stringify(activated.errors));
  const { credential, id } = activated.data.activateCardOnDevice;
  return { ...resident, cardId: card.id, verify: async () => (await publishedVerifier(app)).verify(await phone.present(credential, id)) };
}
