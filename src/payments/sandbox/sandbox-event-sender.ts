import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import Stripe from 'stripe';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { WEBHOOK_PATH } from '../webhooks/webhook-path.js';
import { eventObjectOf } from './stripe-shape.js';
import { sandboxId, type SandboxSession } from './sandbox-store.js';
import { outsideTransaction } from '../../database/connection-discipline.js';

export type SandboxEventType =
  'checkout.session.completed' | 'checkout.session.async_payment_failed' | 'checkout.session.expired' | 'charge.refunded';

const ATTEMPTS = 4;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends the sandbox's events the way Stripe does: a Stripe-shaped event, signed with the sandbox
 * webhook secret, posted to the application's one webhook endpoint (through Fastify's request
 * injection, so it passes routing, body parsing and signature checks like any delivery).
 */
@Injectable()
export class SandboxEventSender implements OnModuleDestroy {
  private readonly logger = new Logger('PaymentSandbox');
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Delivers and waits; retries while the endpoint answers with a server error, as Stripe does. */
  async send(type: SandboxEventType, session: SandboxSession): Promise<void> {
    const payload = JSON.stringify({
      id: sandboxId('evt'),
      object: 'event',
      api_version: Stripe.API_VERSION,
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
      data: { object: eventObjectOf(type, session) },
    });
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    for (let attempt = 1; ; attempt += 1) {
      const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: this.config.payments.sandboxWebhookSecret });
      const response = await fastify.inject({
        method: 'POST',
        url: WEBHOOK_PATH,
        headers: { 'content-type': 'application/json', 'stripe-signature': signature },
        payload,
      });
      if (response.statusCode < 300) return;
      if (response.statusCode < 500 || attempt === ATTEMPTS) {
        throw new Error(`sandbox webhook ${type} answered ${response.statusCode}: ${response.body.slice(0, 300)}`);
      }
      await sleep(200 * 2 ** attempt);
    }
  }

  /** Delivers in the background, as Stripe does for events that follow an API call (refunds). */
  sendLater(type: SandboxEventType, session: SandboxSession): void {
    // Not part of the caller's transaction (Stripe delivers from outside): it runs on connections of its own.
    const delivery: Promise<void> = outsideTransaction(() => this.send(type, session))
      .catch((error) => this.logger.error({ err: error }, `sandbox event ${type} not delivered`))
      .finally(() => this.inFlight.delete(delivery));
    this.inFlight.add(delivery);
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }
}
