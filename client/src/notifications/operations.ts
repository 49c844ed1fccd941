import { graphql } from '../gql';
import type { FailedEmailsQuery, NotificationFieldsFragment } from '../gql/graphql';

// Result types are generated from schema.gql (npm run codegen); these names are what the components use.
export type AppNotification = NotificationFieldsFragment;
export type FailedEmail = FailedEmailsQuery['outboxEmails']['nodes'][number];

export const NOTIFICATION_FIELDS = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    title
    body
    link
    read
    createdAt
  }
`);

export const UNREAD_NOTIFICATION_COUNT = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NOTIFICATIONS_CHANGED = graphql(`
  subscription NotificationsChanged {
    notificationsChanged {
      unreadCount
      resync
      notification {
        ...NotificationFields
      }
    }
  }
`);

export const MY_NOTIFICATIONS = graphql(`
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
`);

export const MARK_NOTIFICATION_READ = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      ...NotificationFields
    }
  }
`);

export const MARK_ALL_NOTIFICATIONS_READ = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export const FAILED_EMAILS = graphql(`
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
`);

export const RETRY_OUTBOX_EMAIL = graphql(`
  mutation RetryOutboxEmail($id: ID!) {
    retryOutboxEmail(id: $id) {
      id
      status
    }
  }
`);
