import { graphql } from '../gql';
import type {
  BusinessMailItemFieldsFragment,
  BusinessMailServiceFieldsFragment,
  BusinessMailServiceInput,
  CompanyBusinessAddressFieldsFragment,
  ForwardingAddressFieldsFragment,
  StaffBusinessMailboxQuery,
} from '../gql/graphql';

// Result types are generated from schema.gql (npm run codegen); these names are what the components use.
export type { BusinessMailItemStatus, BusinessMailServiceStatus, MailHandling } from '../gql/graphql';
export type ForwardingAddress = ForwardingAddressFieldsFragment;
export type BusinessMailService = BusinessMailServiceFieldsFragment;
export type CompanyBusinessAddress = CompanyBusinessAddressFieldsFragment;
export type BusinessMailItem = BusinessMailItemFieldsFragment;
export type StaffBusinessMailbox = StaffBusinessMailboxQuery['staffBusinessMailbox'];
export type MailServiceInput = BusinessMailServiceInput;

export const FORWARDING_ADDRESS_FIELDS = graphql(`
  fragment ForwardingAddressFields on ForwardingAddress {
    name
    street
    postcode
    city
    country
  }
`);

export const BUSINESS_MAIL_SERVICE_FIELDS = graphql(`
  fragment BusinessMailServiceFields on BusinessMailService {
    id
    status
    mailHandling
    forwardingAddress {
      ...ForwardingAddressFields
    }
    monthlyFeeCents
    paymentSubjectType
    paymentSubjectId
    paidUntil
    activatedAt
    cancelledAt
  }
`);

export const COMPANY_BUSINESS_ADDRESS_FIELDS = graphql(`
  fragment CompanyBusinessAddressFields on CompanyBusinessAddress {
    id
    establishmentId
    servicePointCode
    servicePointName
    mailbox
    lines
    allocatedAt
    currentMonthlyFeeCents
    currency
    service {
      ...BusinessMailServiceFields
    }
  }
`);

export const BUSINESS_MAIL_ITEM_FIELDS = graphql(`
  fragment BusinessMailItemFields on BusinessMailItem {
    id
    sender
    receivedOn
    receivedAt
    mailbox
    handling
    status
    forwardingAddress {
      ...ForwardingAddressFields
    }
    scanUrl
    scanMediaType
    scanSizeBytes
    read
    completedAt
  }
`);

export const COMPANY_BUSINESS_ADDRESSES = graphql(`
  query CompanyBusinessAddresses($companyId: ID!) {
    companyBusinessAddresses(companyId: $companyId) {
      ...CompanyBusinessAddressFields
    }
  }
`);

export const SET_UP_BUSINESS_MAIL_SERVICE = graphql(`
  mutation SetUpBusinessMailService($input: BusinessMailServiceInput!) {
    setUpBusinessMailService(input: $input) {
      ...CompanyBusinessAddressFields
    }
  }
`);

export const CHANGE_BUSINESS_MAIL_HANDLING = graphql(`
  mutation ChangeBusinessMailHandling($input: BusinessMailServiceInput!) {
    changeBusinessMailHandling(input: $input) {
      ...CompanyBusinessAddressFields
    }
  }
`);

export const COMPANY_MAIL = graphql(`
  query CompanyMail($companyId: ID!, $page: PageInput) {
    companyMail(companyId: $companyId, page: $page) {
      nodes {
        ...BusinessMailItemFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MARK_BUSINESS_MAIL_READ = graphql(`
  mutation MarkBusinessMailRead($itemId: ID!) {
    markBusinessMailRead(itemId: $itemId) {
      ...BusinessMailItemFields
    }
  }
`);

export const STAFF_BUSINESS_MAILBOX = graphql(`
  query StaffBusinessMailbox($mailbox: String!) {
    staffBusinessMailbox(mailbox: $mailbox) {
      allocationId
      mailbox
      companyName
      lines
      serviceStatus
      handling
      forwardingAddress {
        ...ForwardingAddressFields
      }
      recentItems {
        ...BusinessMailItemFields
      }
    }
  }
`);

export const COMPLETE_BUSINESS_MAIL = graphql(`
  mutation CompleteBusinessMail($itemId: ID!) {
    completeBusinessMail(itemId: $itemId) {
      ...BusinessMailItemFields
    }
  }
`);
