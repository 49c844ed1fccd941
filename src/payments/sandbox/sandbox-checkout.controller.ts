import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { Public } from '../../common/auth/access.decorators.js';
import { SandboxCheckoutService } from './sandbox-checkout.service.js';

/**
 * The sandbox's hosted checkout, as JSON for the client's `/sandbox/checkout/:sessionId` page.
 * Public like Stripe's hosted page: the unguessable session id is the capability.
 */
@Controller('api/payments/sandbox/checkout-sessions')
@Public()
export class SandboxCheckoutController {
  constructor(private readonly checkout: SandboxCheckoutService) {}

  @Get(':sessionId')
  view(@Param('sessionId') sessionId: string) {
    return this.checkout.view(sessionId);
  }

  @Post(':sessionId/pay')
  @HttpCode(200)
  pay(@Param('sessionId') sessionId: string) {
    return this.checkout.act(sessionId, 'pay');
  }

  @Post(':sessionId/fail')
  @HttpCode(200)
  fail(@Param('sessionId') sessionId: string) {
    return this.checkout.act(sessionId, 'fail');
  }

  @Post(':sessionId/cancel')
  @HttpCode(200)
  cancel(@Param('sessionId') sessionId: string) {
    return this.checkout.act(sessionId, 'cancel');
  }
}
