import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { DomainException } from '../common/errors/domain.exception.js';
import { RequestContext } from '../common/context/request-context.js';
import { param } from '../common/i18n/message-params.js';
import { RateLimiterFactory } from '../common/rate-limit/rate-limiter.factory.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { MailPort } from '../notifications/index.js';
import type { AccessibilityFeedbackInput } from './dto/accessibility-feedback.input.js';
import { AccessibilityFeedback } from './entities/accessibility-feedback.entity.js';

const HOUR_SECONDS = 3600;

/**
 * The feedback mechanism of the accessibility statement (BITV 2.0 §7): anyone, signed in or not,
 * reports a barrier; it is stored and goes to the city's accessibility contact through the e-mail
 * outbox in the same transaction. Limited per client IP.
 */
@Injectable()
export class AccessibilityFeedbackService {
  private readonly limiter: RateLimiterAbstract;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailPort,
    private readonly requestContext: RequestContext,
    rateLimiters: RateLimiterFactory,
  ) {
    this.limiter = rateLimiters.create({
      name: 'accessibility_feedback_ip',
      points: config.legal.feedbackPerHour,
      durationSeconds: HOUR_SECONDS,
    });
  }

  async submit(input: AccessibilityFeedbackInput): Promise<AccessibilityFeedback> {
    await this.consume(this.requestContext.ip ?? 'unknown');
    const language = this.requestContext.language ?? 'de';
    return this.dataSource.transaction(async (manager) => {
      const feedback = await manager.save(
        manager.create(AccessibilityFeedback, {
          message: input.message,
          pageUrl: input.pageUrl ?? null,
          email: input.email ?? null,
          language,
        }),
      );
      await this.mail.send(
        {
          to: this.config.legal.accessibilityContactEmail,
          language: 'de',
          template: 'legal.accessibility_feedback',
          params: {
            message: input.message,
            pageUrl: param.ltr(input.pageUrl ?? '–'),
            replyTo: input.email ? param.ltr(input.email) : param.key('legal:feedback.anonymous'),
            language: param.ltr(language),
            reference: param.ltr(feedback.id),
          },
        },
        manager,
      );
      return feedback;
    });
  }

  private async consume(key: string): Promise<void> {
    try {
      await this.limiter.consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw DomainException.rateLimited(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      throw rejection;
    }
  }
}
