import { graphql } from '../gql';
import type { MyResidentMailQuery, StaffResidentMailboxQuery } from '../gql/graphql';

export type ResidentMailItem = MyResidentMailQuery['myResidentMail']['nodes'][number];
export type StaffResidentMailbox = StaffResidentMailboxQuery['staffResidentMailbox'];

export const RESIDENT_MAIL_ITEM_FIELDS = graphql(`
  fragment ResidentMailItemFields on ResidentMailItem {
    id
    sender
    receivedOn
    receivedAt
    mailbox
    handling
    status
    forwardingAddress {
      name
      street
      postcode
      city
      country
    }
    scanUrl
    scanMediaType
    read
    completedAt
  }
`);

export const MY_RESIDENT_MAIL = graphql(`
  query MyResidentMail($page: PageInput) {
    myResidentMail(page: $page) {
      nodes {
        ...ResidentMailItemFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    myVirtualAddress {
      id
      mailbox
      mailHandling
    }
  }
`);

export const MARK_RESIDENT_MAIL_READ = graphql(`
  mutation MarkResidentMailRead($itemId: ID!, $read: Boolean!) {
    markResidentMailRead(itemId: $itemId, read: $read) {
      ...ResidentMailItemFields
    }
  }
`);

export const STAFF_RESIDENT_MAILBOX = graphql(`
  query StaffResidentMailbox($mailbox: String!) {
    staffResidentMailbox(mailbox: $mailbox) {
      allocationId
      mailbox
      holderName
      handling
      recentItems {
        ...ResidentMailItemFields
      }
    }
  }
`);

export const COMPLETE_RESIDENT_MAIL = graphql(`
  mutation CompleteResidentMail($itemId: ID!) {
    completeResidentMail(itemId: $itemId) {
      ...ResidentMailItemFields
    }
  }
`);
