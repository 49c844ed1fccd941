import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Public } from '../common/auth/access.decorators.js';
import { AccessibilityFeedbackService } from './accessibility-feedback.service.js';
import { AccessibilityFeedbackInput } from './dto/accessibility-feedback.input.js';
import { AccessibilityFeedbackReceiptModel } from './legal.models.js';

@Resolver()
export class LegalResolver {
  constructor(private readonly feedback: AccessibilityFeedbackService) {}

  @Mutation(() => AccessibilityFeedbackReceiptModel, {
    description: 'Reports a barrier on the platform (accessibility statement); anyone may, anonymously. Rate limited per client.',
  })
  @Public()
  async submitAccessibilityFeedback(@Args('input') input: AccessibilityFeedbackInput): Promise<AccessibilityFeedbackReceiptModel> {
    const feedback = await this.feedback.submit(input);
    return { reference: feedback.id, receivedAt: feedback.createdAt };
  }
}
