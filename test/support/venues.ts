import { graphql } from './graphql.js';
import { signedInAccount } from './accounts.js';
import { grantResidency, newDevice } from './cards.js';
import type { TestApp } from './test-app.js';

const ACTIVATE = 'mutation($input: ActivateCardInput!) { activateCardOnDevice(input: $input) { id cardId credential statusListIndex } }';

let venueCounter = 0;

/** A venue created by staff, with an operator account and one offer per entry of `offers`. */
export async function venueWithOperator(
  app: TestApp,
  staffToken: string,
  offers: { categories: string[]; discountPercent?: number; fixedPriceCents?: number }[] = [
    { categories: ['student'], discountPercent: 50 },
  ],
) {
  venueCounter += 1;
  const created = await graphql<any>(
    app,
    'mutation($input: CreateVenueInput!) { createVenue(input: $input) { id name } }',
    {
      input: {
        name: `Testbad ${venueCounter} ${Date.now()}`,
        kind: 'pool',
        address: 'Massenbergstraße 9, 44787 Bochum',
        district: 'bochum',
      },
    },
    { token: staffToken },
  );
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  const venue = created.data.createVenue;
  const operator = await signedInAccount(app);
  const assigned = await graphql<any>(
    app,
    'mutation($input: AssignVenueOperatorInput!) { assignVenueOperator(input: $input) { id } }',
    { input: { venueId: venue.id, email: operator.email } },
    { token: staffToken },
  );
  if (assigned.errors) throw new Error(JSON.stringify(assigned.errors));
  const refreshed = await graphql<any>(app, 'mutation { refreshSession { accessToken } }', {}, { refreshCookie: operator.refreshCookie });
  operator.token = refreshed.data.refreshSession.accessToken;
  const createdOffers = [];
  for (const offer of offers) {
    const result = await graphql<any>(
      app,
      'mutation($input: OfferInput!) { createOffer(input: $input) { id titleDe titleEn discountPercent fixedPriceCents categories } }',
      { input: { titleDe: 'Ermäßigter Eintritt', titleEn: 'Reduced admission', validFrom: '2020-01-01', ...offer } },
      { token: operator.token },
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    createdOffers.push(result.data.createOffer);
  }
  return { venue, operator, offers: createdOffers };
}

export async function createApiKey(app: TestApp, token: string, name = 'Kasse 1') {
  const result = await graphql<any>(
    app,
    'mutation($input: CreateApiKeyInput!) { createVenueApiKey(input: $input) { key apiKey { id name prefix createdAt lastUsedAt revokedAt } } }',
    { input: { name } },
    { token },
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data.createVenueApiKey as { key: string; apiKey: { id: string; prefix: string } };
}

/** A resident with a card bound to a (simulated) phone: what is needed to present live codes. */
export async function residentWithPhone(app: TestApp, categories: string[] = ['student']) {
  const person = await signedInAccount(app);
  await grantResidency(app, String(person.account.id), { categories });
  const requested = await graphql<any>(
    app,
    'mutation($input: RequestCitizenCardInput!) { requestCitizenCard(input: $input) { cardId } }',
    { input: { idempotencyKey: `key-${person.account.id}` } },
    { token: person.token },
  );
  if (requested.errors) throw new Error(JSON.stringify(requested.errors));
  const [card] = (await graphql<any>(app, '{ myCitizenCards { id number } }', {}, { token: person.token })).data.myCitizenCards;
  const phone = await newDevice();
  const activated = await graphql<any>(
    app,
    ACTIVATE,
    { input: { cardId: card.id, devicePublicKey: phone.publicKey } },
    { token: person.token },
  );
  if (activated.errors) throw new Error(JSON.stringify(activated.errors));
  const { credential, id: credentialId, statusListIndex } = activated.data.activateCardOnDevice;
  return {
    ...person,
    card,
    credential,
    credentialId,
    statusListIndex,
    present: (at?: number) => phone.present(credential, credentialId, at),
  };
}
