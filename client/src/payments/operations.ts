import { graphql } from '../gql';
import type { MyPaymentForQueryVariables, PaymentFieldsFragment, PaymentSettingsQuery } from '../gql/graphql';

// Result types are generated from schema.gql (npm run codegen); these names are what the components use.
export type { PaymentPurpose, PaymentStatus } from '../gql/graphql';
export type Payment = PaymentFieldsFragment;
export type PaymentSettings = PaymentSettingsQuery['paymentSettings'];
export type Fee = PaymentSettings['fees'][number];
/** What a payment is for: the purpose and the thing it pays (e.g. a card request). */
export type PaymentSubject = MyPaymentForQueryVariables;

export const PAYMENT_FIELDS = graphql(`
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
`);

export const PAYMENT_SETTINGS = graphql(`
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
`);

export const MY_PAYMENT_FOR = graphql(`
  query MyPaymentFor($purpose: PaymentPurpose!, $subjectType: String!, $subjectId: String!) {
    myPaymentFor(purpose: $purpose, subjectType: $subjectType, subjectId: $subjectId) {
      ...PaymentFields
    }
  }
`);

export const PAYMENT_BY_ID = graphql(`
  query PaymentById($id: ID!) {
    payment(id: $id) {
      ...PaymentFields
    }
  }
`);

/** One of my payments, live (graphql-ws): the provider's confirmation after the checkout; the first event is the payment now. */
export const PAYMENT_CHANGED = graphql(`
  subscription PaymentChanged($id: ID!) {
    paymentChanged(id: $id) {
      ...PaymentFields
    }
  }
`);

export const START_PAYMENT = graphql(`
  mutation StartPayment($input: StartPaymentInput!) {
    startPayment(input: $input) {
      ...PaymentFields
    }
  }
`);

export const MY_PAYMENTS = graphql(`
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
`);
