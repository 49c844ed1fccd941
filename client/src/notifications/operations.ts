import { gql, type TypedDocumentNode } from '@apollo/client';

export interface AppNotification {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  read: boolean;
  createdAt: string;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface FailedEmail {
  id: string;
  recipient: string;
  template: string;
  subject: string;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  lastError: string | null;
  createdAt: string;
}

const NOTIFICATION_FIELDS = gql`
  fragment NotificationFields on Notification {
    id
    kind
    title
    body
    link
    read
    createdAt
  }
`;

export const UNREAD_NOTIFICATION_COUNT: TypedDocumentNode<{ unreadNotificationCount: number }, Record<string, never>> = gql`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`;

export const MY_NOTIFICATIONS: TypedDocumentNode<
  { myNotifications: { nodes: AppNotification[]; pageInfo: PageInfo }; unreadNotificationCount: number },
  { page?: { first: number; after?: string | null } }
> = gql`
  query MyNotifications($page: PageInput) {
    myNotifications(page: $page) {
      nodes {
        ...NotificationFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    unreadNotificationCount
  }
  ${NOTIFICATION_FIELDS}
`;

export const MARK_NOTIFICATION_READ: TypedDocumentNode<{ markNotificationRead: AppNotification }, { id: string }> = gql`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      ...NotificationFields
    }
  }
  ${NOTIFICATION_FIELDS}
`;

export const MARK_ALL_NOTIFICATIONS_READ: TypedDocumentNode<{ markAllNotificationsRead: number }, Record<string, never>> = gql`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`;

export const FAILED_EMAILS: TypedDocumentNode<
  { outboxEmails: { nodes: FailedEmail[]; pageInfo: PageInfo } },
  Record<string, never>
> = gql`
  query FailedEmails {
    outboxEmails(status: failed, page: { first: 50 }) {
      nodes {
        id
        recipient
        template
        subject
        status
        attempts
        lastError
        createdAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export const RETRY_OUTBOX_EMAIL: TypedDocumentNode<{ retryOutboxEmail: Pick<FailedEmail, 'id' | 'status'> }, { id: string }> = gql`
  mutation RetryOutboxEmail($id: ID!) {
    retryOutboxEmail(id: $id) {
      id
      status
    }
  }
`;
