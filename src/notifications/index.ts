/**
 * Notifications' public surface. Other domains tell accounts what happened through
 * `AccountNotifications` (by account id); identity registers how ids become addresses and
 * languages in `Recipients`.
 */
export { NotificationsModule } from './notifications.module.js';
export { AccountNotifications, type Notice, type NoticeParams } from './account-notifications.js';
export { InAppNotificationService } from './in-app/in-app-notification.service.js';
export { EmailComposer, type EmailTemplate } from './mail/email-composer.js';
export { EmailAttachments, type AttachmentRenderer, type RenderedAttachment } from './mail/email-attachments.js';
export { MailPort, type MailAttachmentRef, type OutgoingMail, type QueuedMail } from './mail/mail.port.js';
export { Recipients, type Recipient, type RecipientLookup } from './recipients.js';
export { NOTIFICATIONS_ENTITIES } from './notifications.entities.js';
export { NOTIFICATIONS_RESOLVERS } from './notifications.resolvers.js';
