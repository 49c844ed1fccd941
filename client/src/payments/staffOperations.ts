import { graphql } from '../gql';
import type { StaffPaymentsQuery } from '../gql/graphql';

export type { PaymentSearchInput } from '../gql/graphql';
export type StaffPayment = StaffPaymentsQuery['staffPayments']['nodes'][number];

export const STAFF_PAYMENT_FIELDS = graphql(`
  fragment StaffPaymentFields on Payment {
    id
    reference
    purpose
    amountCents
    currency
    status
    statusMessage
    payerEmail
    paidAt
    refundRequestedAt
    refundedAt
    refundReason
    createdAt
  }
`);

export const STAFF_PAYMENTS = graphql(`
  query StaffPayments($search: PaymentSearchInput, $page: PageInput) {
    staffPayments(search: $search, page: $page) {
      nodes {
        ...StaffPaymentFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const STAFF_PAYMENT = graphql(`
  query StaffPayment($id: ID!) {
    payment(id: $id) {
      ...StaffPaymentFields
    }
  }
`);

export const REFUND_PAYMENT = graphql(`
  mutation RefundPayment($input: RefundPaymentInput!) {
    refundPayment(input: $input) {
      ...StaffPaymentFields
    }
  }
`);
