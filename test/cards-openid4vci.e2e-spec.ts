import { Oauth2ClientErrorResponseError } from '@openid4vc/oauth2';
import { Openid4vciRetrieveCredentialsError } from '@openid4vc/openid4vci';
import { decodeProtectedHeader, generateKeyPair, SignJWT } from 'jose';
import { createHash } from 'node:crypto';
import { graphql } from './support/graphql.js';
import { accountWithRoles, signedInAccount } from './support/accounts.js';
import { startServer, type RunningServer } from './support/running-server.js';
import { createApiKey, residentWithPhone, venueWithOperator } from './support/venues.js';
import { testWallet } from './cards-openid4vci-wallet.js';

const CREATE_OFFER = 'mutation($cardId: ID!) { createCardWalletOffer(cardId: $cardId) { offerUri expiresAt } }';
const decodePart = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

describe('the citizen card into an EU wallet (OpenID4VCI, pre-authorised code)', () => {
  let app: RunningServer;
  let staff: string;
  let venueKey: string;

  beforeAll(async () => {
    app = await startServer({ FEE_CITIZEN_CARD_CENTS: '0', STATUS_LIST_CACHE_SECONDS: '0', PARTNER_RATE_LIMIT_PER_MINUTE: '100' });
    staff = (await accountWithRoles(app, ['staff_citizens_office'])).token;
    const { operator } = await venueWithOperator(app, staff);
    venueKey = (await createApiKey(app, operator.token)).key;
  });

  afterAll(async () => {
    await app.close();
  });

  const offerFor = async (token: string, cardId: string) => {
    const result = await graphql<any>(app, CREATE_OFFER, { cardId }, { token });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data.createCardWalletOffer.offerUri as string;
  };
  const partnerVerify = async (code: string) => {
    const response = await fetch(`${app.baseUrl}/api/partner/v1/verifications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${venueKey}`, 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ code }),
    });
    return response.json();
  };
  const preAuthorizedCodeOf = (offerUri: string) => {
    const offer = JSON.parse(new URL(offerUri).searchParams.get('credential_offer')!);
    return offer.grants['urn:ietf:params:oauth:grant-type:pre-authorized_code']['pre-authorized_code'] as string;
  };
  const token = (code: string) =>
    fetch(`${app.baseUrl}/api/openid4vci/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:pre-authorized_code', 'pre-authorized_code': code }),
    });

  it('issues the card into a test wallet, which presents it to the partner API: valid, no name', async () => {
    const resident = await residentWithPhone(app);
    const offerUri = await offerFor(resident.token, resident.card.id);
    expect(offerUri).toMatch(/^openid-credential-offer:\/\/\?credential_offer=/);
    const [row] = await app.sql<{ code_hash: string; expires_at: Date; created_at: Date }>(
      'SELECT code_hash, expires_at, created_at FROM card_credential_offers WHERE card_id = $1',
      [resident.card.id],
    );
    expect(row.code_hash).toBe(createHash('sha256').update(preAuthorizedCodeOf(offerUri)).digest('hex'));
    expect(new Date(row.expires_at).getTime() - new Date(row.created_at).getTime()).toBeLessThanOrEqual(600_000 + 1000);

    const wallet = await testWallet();
    const session = await wallet.redeem(offerUri);
    const configuration = session.issuerMetadata.credentialIssuer.credential_configurations_supported[
      session.offer.credential_configuration_ids[0]
    ] as any;
    expect(configuration).toMatchObject({ format: 'dc+sd-jwt', vct: `${app.baseUrl}/vct/citizen-card` });
    expect(configuration.credential_metadata.display.map((entry: { locale: string }) => entry.locale)).toHaveLength(12);
    expect(configuration.credential_metadata.display).toEqual(
      expect.arrayContaining([expect.objectContaining({ locale: 'de-DE', name: expect.stringContaining('Bürgerausweis') })]),
    );
    const credential = await wallet.credential(session);

    const [jwt] = credential.split('~');
    expect(decodeProtectedHeader(jwt)).toMatchObject({ typ: 'dc+sd-jwt', alg: 'ES256' });
    const payload = decodePart(jwt.split('.')[1]);
    expect(payload.cnf.jwk).toMatchObject({ kty: 'EC', crv: 'P-256', x: wallet.publicJwk.x, y: wallet.publicJwk.y });
    const jwks = await (await fetch(`${app.baseUrl}/.well-known/jwks.json`)).json();
    expect(await wallet.accept(credential, jwks)).toMatchObject({
      card_number: resident.card.number.replace(/\s/g, ''),
      name: 'Erika Mustermann',
      vct: `${app.baseUrl}/vct/citizen-card`,
    });
    const [stored] = await app.sql<{ kind: string; status_list_index: number }>(
      "SELECT kind, status_list_index FROM card_credentials WHERE card_id = $1 AND kind = 'wallet'",
      [resident.card.id],
    );
    expect(payload.status.status_list.idx).toBe(stored.status_list_index);

    const verdict = await partnerVerify(await wallet.present(credential, app.baseUrl));
    expect(verdict).toMatchObject({ valid: true, presentation: 'phone', holderName: null });
    expect(JSON.stringify(verdict)).not.toMatch(/Erika|Mustermann/);
    // The phone's own binding keeps working beside the wallet.
    expect(await partnerVerify(await resident.present())).toMatchObject({ valid: true });

    // The code is single-use: redeeming it again is an OAuth invalid_grant.
    const again = await token(preAuthorizedCodeOf(offerUri));
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ error: 'invalid_grant' });
    // And the access token issued one credential only.
    await expect(wallet.credential(session)).rejects.toThrow(Openid4vciRetrieveCredentialsError);
  });

  it('refuses an expired code (invalid_grant), a foreign nonce (invalid_nonce) and a proof by another key (invalid_proof)', async () => {
    const resident = await residentWithPhone(app);
    const expired = await offerFor(resident.token, resident.card.id);
    await app.sql("UPDATE card_credential_offers SET expires_at = now() - interval '1 second' WHERE card_id = $1", [resident.card.id]);
    const response = await token(preAuthorizedCodeOf(expired));
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toMatchObject({ error: 'invalid_grant' });
    const wallet = await testWallet();
    await expect(wallet.redeem(expired)).rejects.toThrow(Oauth2ClientErrorResponseError);

    const session = await wallet.redeem(await offerFor(resident.token, resident.card.id));
    const request = (proof: string) =>
      fetch(`${app.baseUrl}/api/openid4vci/credential`, {
        method: 'POST',
        headers: { authorization: `Bearer ${session.accessToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ credential_configuration_id: session.offer.credential_configuration_ids[0], proofs: { jwt: [proof] } }),
      });
    const foreignNonce = await request(await wallet.proof(session.issuerMetadata, session.offer, 'a-nonce-we-never-issued'));
    expect(foreignNonce.status).toBe(400);
    expect(await foreignNonce.json()).toMatchObject({ error: 'invalid_nonce' });

    const { c_nonce } = await wallet.client.requestNonce({ issuerMetadata: session.issuerMetadata });
    const honest = await wallet.proof(session.issuerMetadata, session.offer, c_nonce);
    const impostor = await generateKeyPair('ES256');
    const [header, body] = honest.split('.');
    const forged = await new SignJWT(decodePart(body)).setProtectedHeader(decodePart(header)).sign(impostor.privateKey);
    const wrongKey = await request(forged);
    expect(wrongKey.status).toBe(400);
    expect(await wrongKey.json()).toMatchObject({ error: 'invalid_proof' });
    // Neither failure issued anything: the honest proof still gets the credential.
    expect((await app.sql("SELECT 1 FROM card_credentials WHERE card_id = $1 AND kind = 'wallet'", [resident.card.id])).length).toBe(0);
    expect((await request(honest)).status).toBe(200);

    const unauthenticated = await fetch(`${app.baseUrl}/api/openid4vci/credential`, { method: 'POST', body: '{}' });
    expect(unauthenticated.status).toBe(401);
  });

  it("lets no one offer someone else's card (NOT_FOUND), and a suspended card's wallet credential verifies as suspended", async () => {
    const resident = await residentWithPhone(app);
    const stranger = await signedInAccount(app);
    const foreign = await graphql<any>(app, CREATE_OFFER, { cardId: resident.card.id }, { token: stranger.token });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await app.sql('SELECT 1 FROM card_credential_offers WHERE card_id = $1', [resident.card.id])).length).toBe(0);

    const wallet = await testWallet();
    const session = await wallet.redeem(await offerFor(resident.token, resident.card.id));
    const credential = await wallet.credential(session);
    expect(await partnerVerify(await wallet.present(credential, app.baseUrl))).toMatchObject({ valid: true });

    const suspended = await graphql<any>(
      app,
      'mutation($input: CardStatusChangeInput!) { suspendCitizenCard(input: $input) { id } }',
      { input: { cardId: resident.card.id, reason: 'Prüfung eines Missbrauchs' } },
      { token: staff },
    );
    expect(suspended.errors).toBeUndefined();
    expect(await partnerVerify(await wallet.present(credential, app.baseUrl))).toMatchObject({ valid: false, reason: 'SUSPENDED' });
    const refused = await graphql<any>(app, CREATE_OFFER, { cardId: resident.card.id }, { token: resident.token });
    expect(refused.errors?.[0]?.extensions?.reason).toBe('ENTITLEMENT_SUSPENDED');
  });

  it('publishes the authorization server metadata the issuer metadata points at', async () => {
    const issuer = await (await fetch(`${app.baseUrl}/.well-known/openid-credential-issuer`)).json();
    expect(issuer).toMatchObject({
      credential_issuer: app.baseUrl,
      authorization_servers: [app.baseUrl],
      nonce_endpoint: `${app.baseUrl}/api/openid4vci/nonce`,
    });
    const server = await (await fetch(`${app.baseUrl}/.well-known/oauth-authorization-server`)).json();
    expect(server).toMatchObject({
      issuer: app.baseUrl,
      token_endpoint: `${app.baseUrl}/api/openid4vci/token`,
      grant_types_supported: ['urn:ietf:params:oauth:grant-type:pre-authorized_code'],
    });
  });
});
