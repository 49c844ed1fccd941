import { DynamicModule, Module } from '@nestjs/common';
import { DevMailbox } from './mail/dev-mailbox.js';
import { DevMailboxController } from './mail/dev-mailbox.controller.js';
import { EmailComposer } from './mail/email-composer.js';
import { MailPort } from './mail/mail.port.js';

@Module({})
export class NotificationsModule {
  static register(options: { exposeDevMailbox: boolean }): DynamicModule {
    return {
      module: NotificationsModule,
      global: true,
      controllers: options.exposeDevMailbox ? [DevMailboxController] : [],
      providers: [DevMailbox, { provide: MailPort, useExisting: DevMailbox }, EmailComposer],
      exports: [MailPort, EmailComposer, DevMailbox],
    };
  }
}
