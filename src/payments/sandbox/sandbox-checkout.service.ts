import { Injectable } from '@nestjs/common';
import { DomainException } from '../../common/errors/domain.exception.js';
import { PaymentsException } from '../payments.exception.js';
import { SandboxEventSender, type SandboxEventType } from './sandbox-event-sender.js';
import { SandboxStore, type SandboxSession, type SandboxSettlement } from './sandbox-store.js';

export type SandboxAction = 'pay' | 'fail' | 'cancel';

const OUTCOMES: Record<SandboxAction, { settlement: SandboxSettlement; event: SandboxEventType }> = {
  pay: { settlement: { status: 'complete', paymentStatus: 'paid', paymentIntentStatus: 'succeeded' }, event: 'checkout.session.completed' },
  // Like a SEPA debit that bounces: checkout completes, the payment fails afterwards.
  fail: {
    settlement: { status: 'complete', paymentStatus: 'unpaid', paymentIntentStatus: 'requires_payment_method' },
    event: 'checkout.session.async_payment_failed',
  },
  cancel: {
    settlement: { status: 'expired', paymentStatus: 'unpaid', paymentIntentStatus: 'canceled' },
    event: 'checkout.session.expired',
  },
};

const SESSION_ID = /^cs_sandbox_[0-9a-f]{32}$/;

export interface SandboxCheckoutView {
  id: string;
  amountCents: number;
  currency: string;
  description: string;
  locale: string;
  status: SandboxSession['status'];
  paymentStatus: SandboxSession['paymentStatus'];
  /** Where the page sends the person after the session was closed. */
  returnUrl: string | null;
}

/** What the sandbox's checkout page can do: show a session, and pay, fail or cancel it. */
@Injectable()
export class SandboxCheckoutService {
  constructor(
    private readonly store: SandboxStore,
    private readonly events: SandboxEventSender,
  ) {}

  async view(sessionId: string): Promise<SandboxCheckoutView> {
    return this.present(await this.load(sessionId));
  }

  /** Settles the session and waits until the webhook endpoint has taken the event. */
  async act(sessionId: string, action: SandboxAction): Promise<SandboxCheckoutView> {
    await this.load(sessionId);
    const { settlement, event } = OUTCOMES[action];
    const settled = await this.store.settle(sessionId, settlement);
    if (!settled) throw PaymentsException.checkoutClosed();
    await this.events.send(event, settled);
    return this.present(settled);
  }

  private async load(sessionId: string): Promise<SandboxSession> {
    const session = SESSION_ID.test(sessionId) ? await this.store.find(sessionId) : undefined;
    if (!session) throw DomainException.notFound();
    return session;
  }

  private present(session: SandboxSession): SandboxCheckoutView {
    const returnUrl = session.status === 'open' ? null : session.status === 'expired' ? session.cancelUrl : session.successUrl;
    return {
      id: session.id,
      amountCents: session.amountTotal,
      currency: session.currency,
      description: session.description,
      locale: session.locale,
      status: session.status,
      paymentStatus: session.paymentStatus,
      returnUrl,
    };
  }
}
