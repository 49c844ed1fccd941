import { graphql } from '../gql';

/** Sign in with eID (server: src/identity-verification/eid/eid-sign-in.resolver.ts). */
export const START_EID_SIGN_IN = graphql(`
  mutation StartEidSignIn($input: StartEidSignInInput) {
    startEidSignIn(input: $input) {
      authorizationUrl
      expiresAt
    }
  }
`);

export const PENDING_EID_SIGN_IN = graphql(`
  query PendingEidSignIn {
    pendingEidSignIn {
      givenName
      familyName
      level
      expiresAt
    }
  }
`);

export const OPEN_ACCOUNT_WITH_EID = graphql(`
  mutation OpenAccountWithEid($input: OpenAccountWithEidInput!) {
    openAccountWithEid(input: $input) {
      email
      verificationEmailSent
    }
  }
`);

export const LINK_EID_TO_ACCOUNT = graphql(`
  mutation LinkEidToAccount($input: LinkEidToAccountInput!) {
    linkEidToAccount(input: $input) {
      ...AuthPayloadFields
    }
  }
`);
