import { graphql } from '../gql';
import type { AccountFieldsFragment, AuthPayloadFieldsFragment, RegisterMutation } from '../gql/graphql';

// Result types are generated from schema.gql (npm run codegen); these names are what the components use.
export type { AssuranceLevel, Role } from '../gql/graphql';
export type Account = AccountFieldsFragment;
export type AuthPayload = AuthPayloadFieldsFragment;
export type RegistrationResult = RegisterMutation['register'];

export const ACCOUNT_FIELDS = graphql(`
  fragment AccountFields on Account {
    id
    email
    emailVerified
    preferredLanguage
    roles
    assuranceLevel
    createdAt
  }
`);

export const AUTH_PAYLOAD_FIELDS = graphql(`
  fragment AuthPayloadFields on AuthPayload {
    accessToken
    accessTokenExpiresAt
    account {
      ...AccountFields
    }
  }
`);

export const ME = graphql(`
  query Me {
    me {
      ...AccountFields
    }
  }
`);

export const REGISTER = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      email
      verificationEmailSent
    }
  }
`);

export const VERIFY_EMAIL = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token)
  }
`);

export const RESEND_VERIFICATION_EMAIL = graphql(`
  mutation ResendVerificationEmail($email: String!) {
    resendVerificationEmail(email: $email)
  }
`);

export const LOGIN = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...AuthPayloadFields
    }
  }
`);

export const REFRESH_SESSION = graphql(`
  mutation RefreshSession {
    refreshSession {
      ...AuthPayloadFields
    }
  }
`);

export const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);

export const REQUEST_PASSWORD_RESET = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const RESET_PASSWORD = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

export const UPDATE_MY_PREFERENCES = graphql(`
  mutation UpdateMyPreferences($input: UpdatePreferencesInput!) {
    updateMyPreferences(input: $input) {
      ...AccountFields
    }
  }
`);
