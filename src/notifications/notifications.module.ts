import { DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { AccountNotifications } from './account-notifications.js';
import { InAppNotificationResolver } from './in-app/in-app-notification.resolver.js';
import { InAppNotificationService } from './in-app/in-app-notification.service.js';
import { NotificationsLiveResolver } from './in-app/notifications-live.resolver.js';
import { DevMailbox } from './mail/dev-mailbox.js';
import { EmailAttachments } from './mail/email-attachments.js';
import { DevMailboxController } from './mail/dev-mailbox.controller.js';
import { EmailComposer } from './mail/email-composer.js';
import { MailPort } from './mail/mail.port.js';
import { OutboxMetrics } from './outbox/outbox-metrics.js';
import { EmailDeliveryService } from './outbox/email-delivery.service.js';
import { OutboxAdminResolver } from './outbox/outbox-admin.resolver.js';
import { OutboxAdminService } from './outbox/outbox-admin.service.js';
import { OutboxMailPort } from './outbox/outbox-mail-port.js';
import { OutboxRenderer } from './outbox/outbox-renderer.js';
import { Recipients } from './recipients.js';
import { CaptureEmailSender } from './senders/capture-email-sender.js';
import { EmailSender } from './senders/email-sender.js';
import { SendgridEmailSender } from './senders/sendgrid-email-sender.js';
import { NotificationsPersonalData } from './notifications-personal-data.js';

@Module({})
export class NotificationsModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: NotificationsModule,
      global: true,
      controllers: config.isProduction ? [] : [DevMailboxController],
      providers: [
        NotificationsPersonalData,
        { provide: EmailSender, useClass: config.email.sendgrid ? SendgridEmailSender : CaptureEmailSender },
        EmailDeliveryService,
        OutboxMetrics,
        OutboxMailPort,
        { provide: MailPort, useExisting: OutboxMailPort },
        EmailComposer,
        EmailAttachments,
        OutboxRenderer,
        DevMailbox,
        InAppNotificationService,
        Recipients,
        AccountNotifications,
        InAppNotificationResolver,
        NotificationsLiveResolver,
        OutboxAdminService,
        OutboxAdminResolver,
      ],
      exports: [MailPort, EmailComposer, EmailAttachments, DevMailbox, InAppNotificationService, AccountNotifications, Recipients],
    };
  }
}
