import { graphql } from '../gql';
import type { SecureMessageFieldsFragment, SecureThreadFieldsFragment } from '../gql/graphql';

// Result types are generated from schema.gql (npm run codegen); these names are what the components use.
export type { MessageSender, SignatureVerdict } from '../gql/graphql';
export type SecureMessage = SecureMessageFieldsFragment;
export type MessageSigner = NonNullable<SecureMessage['signer']>;
export type SecureAttachment = SecureMessage['attachments'][number];
export type SecureThread = SecureThreadFieldsFragment;

export const MESSAGE_FIELDS = graphql(`
  fragment SecureMessageFields on SecureMessage {
    id
    threadId
    subject
    sender
    body
    sentAt
    signedAt
    verdict
    verdictReason
    signer {
      commonName
      organization
      serialNumber
    }
    attachments {
      id
      fileName
      mediaType
      sizeBytes
      sha256
    }
  }
`);

export const THREAD_FIELDS = graphql(`
  fragment SecureThreadFields on SecureThread {
    id
    companyId
    companyName
    subject
    createdAt
    lastMessageAt
    messageCount
    latestMessage {
      ...SecureMessageFields
    }
  }
`);

export const COMPANY_MAILBOX = graphql(`
  query CompanyMailbox($companyId: ID!, $page: PageInput) {
    companyMailbox(companyId: $companyId, page: $page) {
      nodes {
        ...SecureThreadFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const STAFF_MAILBOX = graphql(`
  query StaffMailbox($page: PageInput) {
    staffMailbox(page: $page) {
      nodes {
        ...SecureThreadFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const SECURE_THREAD = graphql(`
  query SecureThread($threadId: ID!, $page: PageInput) {
    secureThread(id: $threadId) {
      ...SecureThreadFields
    }
    secureThreadMessages(threadId: $threadId, page: $page) {
      nodes {
        ...SecureMessageFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const LATEST_OFFICE_MESSAGES = graphql(`
  query LatestOfficeMessages($companyId: ID!, $first: Int) {
    latestOfficeMessages(companyId: $companyId, first: $first) {
      ...SecureMessageFields
    }
  }
`);
