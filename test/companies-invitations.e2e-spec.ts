import { linkTokenFrom, signedInAccount, uniqueEmail } from './support/accounts.js';
import { createCompanyForTest } from './support/companies.js';
import { graphql } from './support/graphql.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** A company invitation is for the address it was sent to, not for whoever holds the link. */

const INVITE = 'mutation($input: InviteRepresentativeInput!) { inviteRepresentative(input: $input) { id } }';
const ACCEPT = 'mutation($token: String!) { acceptCompanyInvitation(token: $token) { id myRole } }';
const PREVIEW = 'query($token: String!) { companyInvitation(token: $token) { status } }';

type Person = Awaited<ReturnType<typeof signedInAccount>>;

describe('company invitations are bound to the invited address', () => {
  let app: TestApp;
  let owner: Person;
  let companyId: string;

  beforeAll(async () => {
    app = await createTestApp();
    owner = await signedInAccount(app);
    ({ companyId } = await createCompanyForTest(app, owner.token));
  });

  afterAll(async () => {
    await app?.close();
  });

  async function invite(email: string): Promise<string> {
    const invited = await graphql<any>(
      app,
      INVITE,
      { input: { companyId, email, role: 'authorised_representative' } },
      { token: owner.token },
    );
    expect(invited.errors).toBeUndefined();
    return linkTokenFrom(app, email, 'company_invitation');
  }

  const representativesOf = async (accountId: string) =>
    app.sql('SELECT role FROM company_representatives WHERE company_id = $1 AND account_id = $2', [companyId, accountId]);

  it.each([
    ['en', 'This invitation was sent to another e-mail address. Please sign in with the address the invitation was sent to.'],
    [
      'de',
      'Diese Einladung wurde an eine andere E-Mail-Adresse geschickt. Bitte melden Sie sich mit der Adresse an, an die die Einladung ging.',
    ],
  ])(
    'refuses another account holding the link, in its language (%s), and keeps the invitation for the invited person',
    async (language, message) => {
      const invitedEmail = uniqueEmail('invited');
      const token = await invite(invitedEmail);
      const forwardedTo = await signedInAccount(app, uniqueEmail('forwarded'), undefined, language);

      const refused = await graphql<any>(app, ACCEPT, { token }, { token: forwardedTo.token, language });
      expect(refused.data).toBeNull();
      expect(refused.errors?.[0]).toMatchObject({ message, extensions: { code: 'FORBIDDEN', reason: 'INVITATION_FOR_ANOTHER_ADDRESS' } });
      expect(refused.errors?.[0].message).not.toContain(invitedEmail);
      expect(await representativesOf(forwardedTo.account.id as string)).toEqual([]);
      const roles = await app.sql('SELECT roles::text[] AS roles FROM accounts WHERE id = $1', [forwardedTo.account.id]);
      expect(roles[0].roles).not.toContain('company_rep');

      // Still open, and the invited person can use it.
      expect((await graphql<any>(app, PREVIEW, { token }, { token: forwardedTo.token })).data?.companyInvitation.status).toBe('pending');
      const invited = await signedInAccount(app, invitedEmail);
      const accepted = await graphql<any>(app, ACCEPT, { token }, { token: invited.token });
      expect(accepted.data?.acceptCompanyInvitation).toEqual({ id: companyId, myRole: 'authorised_representative' });
      expect(await representativesOf(invited.account.id as string)).toEqual([{ role: 'authorised_representative' }]);
    },
  );

  it('refuses the company’s own owner holding the link (not the invited address)', async () => {
    const token = await invite(uniqueEmail('colleague'));
    const refused = await graphql<any>(app, ACCEPT, { token }, { token: owner.token });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'INVITATION_FOR_ANOTHER_ADDRESS' });
  });

  it('compares the addresses as identity normalizes them (case and surrounding spaces)', async () => {
    const email = uniqueEmail('mixed.case');
    const token = await invite(`  ${email.toUpperCase()} `);
    const [stored] = await app.sql('SELECT email FROM company_invitations WHERE company_id = $1 ORDER BY created_at DESC LIMIT 1', [
      companyId,
    ]);
    expect(stored.email).toBe(email);
    const invited = await signedInAccount(
      app,
      email.replace(/^[a-z]/, (first) => first.toUpperCase()),
    );
    const accepted = await graphql<any>(app, ACCEPT, { token }, { token: invited.token });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptCompanyInvitation.id).toBe(companyId);
  });

  it('refuses an account whose address is not (or no longer) verified', async () => {
    const email = uniqueEmail('unverified');
    const token = await invite(email);
    const person = await signedInAccount(app, email);
    await app.sql('UPDATE accounts SET email_verified_at = NULL WHERE id = $1', [person.account.id]);
    const refused = await graphql<any>(app, ACCEPT, { token }, { token: person.token });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'INVITATION_FOR_ANOTHER_ADDRESS' });
    expect(await representativesOf(person.account.id as string)).toEqual([]);
  });
});
