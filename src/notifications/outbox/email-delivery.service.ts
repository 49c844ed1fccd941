import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { JobQueue, type QueuedJob } from '../../common/jobs/job-queue.js';
import type { OutgoingMail } from '../mail/mail.port.js';
import { EmailSender, PermanentEmailFailure } from '../senders/email-sender.js';
import { OutboxEmail, OutboxEmailStatus } from './outbox-email.entity.js';
import { OutboxMetrics } from './outbox-metrics.js';
import { OutboxRenderer } from './outbox-renderer.js';

export const EMAIL_QUEUE = 'email.send';

/**
 * Sends outbox e-mails, at least once: a process killed mid-send leaves the job active until it
 * expires, and it is sent again (a duplicate at worst, never a loss). Retries back off; after the
 * last attempt, or on a permanent refusal, the e-mail is marked failed for staff to see. Each attempt
 * renders the e-mail anew, in the recipient's language at that moment, and keeps what it sent.
 */
@Injectable()
export class EmailDeliveryService {
  private readonly logger = new Logger('EmailDelivery');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly sender: EmailSender,
    private readonly renderer: OutboxRenderer,
    private readonly metrics: OutboxMetrics,
  ) {}

  registerWorker(): void {
    this.jobs.register<{ outboxId: string }>(EMAIL_QUEUE, (job) => this.deliver(job), {
      retryLimit: this.config.email.maxAttempts - 1,
      retryDelaySeconds: this.config.email.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: this.config.email.sendTimeoutSeconds,
      concurrency: 2,
    });
  }

  async deliver(job: QueuedJob<{ outboxId: string }>): Promise<void> {
    const email = await this.dataSource.manager.findOneBy(OutboxEmail, { id: job.data.outboxId });
    if (!email || email.status !== OutboxEmailStatus.pending) return;
    let rendered: OutgoingMail | undefined;
    try {
      const language = (await this.renderer.languages([email])).get(email.id)!;
      rendered = this.renderer.compose(email, language);
      const attachments = await this.renderer.attachments(email, language);
      const sent = await this.sender.send({
        outboxId: email.id,
        to: email.recipient,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        attachments,
      });
      await this.dataSource.manager.update(
        OutboxEmail,
        { id: email.id },
        {
          status: OutboxEmailStatus.sent,
          sentAt: new Date(),
          attempts: () => 'attempts + 1',
          provider: sent.provider,
          providerMessageId: sent.providerMessageId,
          lastError: null,
          ...asSent(rendered),
        },
      );
    } catch (error) {
      const permanent = error instanceof PermanentEmailFailure;
      const lastAttempt = permanent || job.retryCount >= job.retryLimit;
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
      this.metrics.failures.inc({ final: String(lastAttempt) });
      await this.dataSource.manager.update(
        OutboxEmail,
        { id: email.id },
        {
          attempts: () => 'attempts + 1',
          lastError: message,
          ...(rendered ? asSent(rendered) : {}),
          ...(lastAttempt ? { status: OutboxEmailStatus.failed } : {}),
        },
      );
      if (lastAttempt) {
        this.logger.error(`e-mail ${email.id} (${email.template}) to ${email.recipient} failed for good: ${message}`);
        return;
      }
      throw error;
    }
  }
}

/** The rendered e-mail as the row keeps it. */
function asSent(mail: OutgoingMail) {
  return { language: mail.language, subject: mail.subject.slice(0, 300), text: mail.text, html: mail.html };
}
