import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { JobQueue } from '../../common/jobs/job-queue.js';
import { MailPort, type QueuedMail } from '../mail/mail.port.js';
import { EmailDeliveryService, EMAIL_QUEUE } from './email-delivery.service.js';
import { OutboxEmail } from './outbox-email.entity.js';

/**
 * `MailPort` backed by the outbox: the e-mail row (template, parameters, recipient) and its delivery
 * job are written in the caller's transaction, so an e-mail exists exactly when the change that
 * caused it was committed. Its text is rendered when it is sent.
 */
@Injectable()
export class OutboxMailPort extends MailPort implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly delivery: EmailDeliveryService,
  ) {
    super();
  }

  onModuleInit(): void {
    this.delivery.registerWorker();
  }

  async send(mail: QueuedMail, manager?: EntityManager): Promise<void> {
    if (!manager) return this.dataSource.transaction((transaction) => this.send(mail, transaction));
    const row = await manager.save(
      manager.create(OutboxEmail, {
        recipient: mail.to,
        accountId: mail.accountId ?? null,
        language: mail.language,
        template: mail.template,
        params: mail.params ?? {},
        subject: null,
        text: null,
        html: null,
        attachments: (mail.attachments ?? []).map(({ kind, ref }) => ({ kind, ref })),
      }),
    );
    await this.jobs.enqueue(manager, EMAIL_QUEUE, { outboxId: row.id });
  }
}
