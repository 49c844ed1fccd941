import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Account, AuthPayload, RegistrationResult } from './types';
import type { Payment, PaymentSettings, PaymentSubject } from '../payments/types';

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

// ---------- payments ----------

const PAYMENT_FIELDS = gql`
  fragment PaymentFields on Payment {
    id
    reference
    purpose
    subjectType
    subjectId
    amountCents
    currency
    status
    paid
    statusMessage
    provider
    testPayment
    checkoutUrl
    receiptUrl
    paidAt
    refundedAt
    refundReason
    createdAt
  }
`;

export const PAYMENT_SETTINGS: TypedDocumentNode<{ paymentSettings: PaymentSettings }, Record<string, never>> = gql`
  query PaymentSettings {
    paymentSettings {
      available
      testMode
      demoSubjectType
      fees {
        purpose
        amountCents
        currency
      }
    }
  }
`;

export const MY_PAYMENT_FOR: TypedDocumentNode<{ myPaymentFor: Payment | null }, PaymentSubject> = gql`
  query MyPaymentFor($purpose: PaymentPurpose!, $subjectType: String!, $subjectId: String!) {
    myPaymentFor(purpose: $purpose, subjectType: $subjectType, subjectId: $subjectId) {
      ...PaymentFields
    }
  }
  ${PAYMENT_FIELDS}
`;

export const PAYMENT_BY_ID: TypedDocumentNode<{ payment: Payment }, { id: string }> = gql`
  query PaymentById($id: ID!) {
    payment(id: $id) {
      ...PaymentFields
    }
  }
  ${PAYMENT_FIELDS}
`;

export const START_PAYMENT: TypedDocumentNode<
  { startPayment: Payment },
  { input: PaymentSubject & { idempotencyKey: string; returnPath?: string } }
> = gql`
  mutation StartPayment($input: StartPaymentInput!) {
    startPayment(input: $input) {
      ...PaymentFields
    }
  }
  ${PAYMENT_FIELDS}
`;

export const MY_PAYMENTS: TypedDocumentNode<
  { myPayments: { nodes: Payment[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } },
  { page: { first: number; after?: string | null } }
> = gql`
  query MyPayments($page: PageInput) {
    myPayments(page: $page) {
      nodes {
        ...PaymentFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${PAYMENT_FIELDS}
`;
