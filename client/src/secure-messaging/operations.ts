import { gql, type TypedDocumentNode } from '@apollo/client';

export type SignatureVerdict = 'valid' | 'invalid' | 'revoked' | 'unknown_signer';
export type MessageSender = 'company' | 'office';

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface MessageSigner {
  commonName: string | null;
  organization: string | null;
  serialNumber: string | null;
}

export interface SecureAttachment {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
}

export interface SecureMessage {
  id: string;
  threadId: string;
  subject: string;
  sender: MessageSender;
  body: string;
  sentAt: string;
  signedAt: string | null;
  verdict: SignatureVerdict;
  verdictReason: string | null;
  signer: MessageSigner | null;
  attachments: SecureAttachment[];
}

export interface SecureThread {
  id: string;
  companyId: string;
  companyName: string | null;
  subject: string;
  createdAt: string;
  lastMessageAt: string;
  messageCount: number;
  latestMessage: SecureMessage | null;
}

const MESSAGE_FIELDS = gql`
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
`;

const THREAD_FIELDS = gql`
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
  ${MESSAGE_FIELDS}
`;

type PageVariables = { page?: { first: number; after?: string | null } };

export const COMPANY_MAILBOX: TypedDocumentNode<
  { companyMailbox: { nodes: SecureThread[]; pageInfo: PageInfo } },
  { companyId: string } & PageVariables
> = gql`
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
  ${THREAD_FIELDS}
`;

export const STAFF_MAILBOX: TypedDocumentNode<{ staffMailbox: { nodes: SecureThread[]; pageInfo: PageInfo } }, PageVariables> = gql`
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
  ${THREAD_FIELDS}
`;

export const SECURE_THREAD: TypedDocumentNode<
  { secureThread: SecureThread; secureThreadMessages: { nodes: SecureMessage[]; pageInfo: PageInfo } },
  { threadId: string } & PageVariables
> = gql`
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
  ${THREAD_FIELDS}
  ${MESSAGE_FIELDS}
`;

export const LATEST_OFFICE_MESSAGES: TypedDocumentNode<{ latestOfficeMessages: SecureMessage[] }, { companyId: string; first?: number }> = gql`
  query LatestOfficeMessages($companyId: ID!, $first: Int) {
    latestOfficeMessages(companyId: $companyId, first: $first) {
      ...SecureMessageFields
    }
  }
  ${MESSAGE_FIELDS}
`;
