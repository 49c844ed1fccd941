import { Module } from '@nestjs/common';
import { RateLimiterFactory } from '../common/rate-limit/rate-limiter.factory.js';
import { AccessibilityFeedbackService } from './accessibility-feedback.service.js';
import { LEGAL_RESOLVERS } from './legal.resolvers.js';

/** The legal pages' server side: the accessibility feedback (the pages themselves are catalogue texts). Uses notifications (global). */
@Module({
  providers: [AccessibilityFeedbackService, RateLimiterFactory, ...LEGAL_RESOLVERS],
})
export class LegalModule {}
