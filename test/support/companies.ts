import { graphql } from './graphql.js';
import { verifyIdentityForTest } from './identity-verification.js';
import type { TestApp } from './test-app.js';

/** A French SAS with a valid VAT id; tests override what they need. */
export const TEST_COMPANY = {
  legalName: 'Boulangerie Durand SAS',
  legalForm: 'SAS',
  countryCode: 'FR',
  registerName: 'RCS Lyon',
  registerNumber: '303 265 045',
  vatId: 'FR40303265045',
  headOffice: { street: '12 Rue de la République', postcode: '69002', city: 'Lyon', countryCode: 'FR' },
  website: 'boulangerie-durand.example',
  mainActivity: 'Bakery products: production and wholesale',
};

export const COMPANY_FIELDS =
  'id legalName legalForm countryCode countryName registerName registerNumber vatId website mainActivity myRole headOffice { street postcode city countryCode countryName }';

const CREATE_COMPANY = `mutation($input: CreateCompanyInput!) { createCompany(input: $input) { ${COMPANY_FIELDS} } }`;

function accountIdOf(accessToken: string): string {
  const payload = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString('utf8')) as { sub: string };
  return payload.sub;
}

/**
 * Creates a company through the GraphQL API as the token's account (which becomes its owner). When
 * the account has no verified identity of at least `substantial` yet, one is arranged first.
 */
export async function createCompanyForTest(
  app: TestApp,
  accessToken: string,
  overrides: Record<string, unknown> = {},
): Promise<{ companyId: string }> {
  const input = { ...TEST_COMPANY, ...overrides };
  let result = await graphql<any>(app, CREATE_COMPANY, { input }, { token: accessToken });
  if (result.errors?.[0]?.extensions.code === 'ASSURANCE_TOO_LOW') {
    await verifyIdentityForTest(app, accountIdOf(accessToken), 'substantial');
    result = await graphql<any>(app, CREATE_COMPANY, { input }, { token: accessToken });
  }
  if (result.errors || !result.data) throw new Error(`createCompany failed: ${JSON.stringify(result.errors)}`);
  return { companyId: result.data.createCompany.id };
}

/** The code of the first partner service point offering business addresses. */
export async function firstServicePointCode(app: TestApp, accessToken: string): Promise<string> {
  const points = await graphql<any>(app, '{ businessServicePoints { code } }', {}, { token: accessToken });
  const code = points.data?.businessServicePoints?.[0]?.code;
  if (!code) throw new Error(`no business service point: ${JSON.stringify(points.errors)}`);
  return code;
}

/** Creates the company's representative office (with its business address) through the GraphQL API. */
export async function createEstablishmentForTest(
  app: TestApp,
  accessToken: string,
  companyId: string,
): Promise<{ establishmentId: string }> {
  const servicePointCode = await firstServicePointCode(app, accessToken);
  const result = await graphql<any>(
    app,
    'mutation($input: CreateEstablishmentInput!) { createEstablishment(input: $input) { id businessAddressLines } }',
    { input: { companyId, servicePointCode } },
    { token: accessToken },
  );
  if (result.errors || !result.data) throw new Error(`createEstablishment failed: ${JSON.stringify(result.errors)}`);
  return { establishmentId: result.data.createEstablishment.id };
}
