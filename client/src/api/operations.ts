import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Account, AuthPayload, RegistrationResult } from './types';

const ACCOUNT_FIELDS = gql`
  fragment AccountFields on Account {
    id
    email
    emailVerified
    preferredLanguage
    roles
    assuranceLevel
    createdAt
  }
`;

const AUTH_PAYLOAD_FIELDS = gql`
  fragment AuthPayloadFields on AuthPayload {
    accessToken
    accessTokenExpiresAt
    account {
      ...AccountFields
    }
  }
  ${ACCOUNT_FIELDS}
`;

export const ME: TypedDocumentNode<{ me: Account }, Record<string, never>> = gql`
  query Me {
    me {
      ...AccountFields
    }
  }
  ${ACCOUNT_FIELDS}
`;

export const REGISTER: TypedDocumentNode<
  { register: RegistrationResult },
  { input: { email: string; password: string; preferredLanguage: string } }
> = gql`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      email
      verificationEmailSent
    }
  }
`;

export const VERIFY_EMAIL: TypedDocumentNode<{ verifyEmail: boolean }, { token: string }> = gql`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token)
  }
`;

export const RESEND_VERIFICATION_EMAIL: TypedDocumentNode<
  { resendVerificationEmail: boolean },
  { email: string }
> = gql`
  mutation ResendVerificationEmail($email: String!) {
    resendVerificationEmail(email: $email)
  }
`;

export const LOGIN: TypedDocumentNode<
  { login: AuthPayload },
  { input: { email: string; password: string } }
> = gql`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...AuthPayloadFields
    }
  }
  ${AUTH_PAYLOAD_FIELDS}
`;

export const REFRESH_SESSION: TypedDocumentNode<{ refreshSession: AuthPayload }, Record<string, never>> = gql`
  mutation RefreshSession {
    refreshSession {
      ...AuthPayloadFields
    }
  }
  ${AUTH_PAYLOAD_FIELDS}
`;

export const LOGOUT: TypedDocumentNode<{ logout: boolean }, Record<string, never>> = gql`
  mutation Logout {
    logout
  }
`;

export const REQUEST_PASSWORD_RESET: TypedDocumentNode<
  { requestPasswordReset: boolean },
  { email: string }
> = gql`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`;

export const RESET_PASSWORD: TypedDocumentNode<
  { resetPassword: boolean },
  { input: { token: string; newPassword: string } }
> = gql`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`;

export const CHANGE_PASSWORD: TypedDocumentNode<
  { changePassword: boolean },
  { input: { currentPassword: string; newPassword: string } }
> = gql`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`;

export const UPDATE_MY_PREFERENCES: TypedDocumentNode<
  { updateMyPreferences: Account },
  { input: { preferredLanguage: string } }
> = gql`
  mutation UpdateMyPreferences($input: UpdatePreferencesInput!) {
    updateMyPreferences(input: $input) {
      ...AccountFields
    }
  }
  ${ACCOUNT_FIELDS}
`;
