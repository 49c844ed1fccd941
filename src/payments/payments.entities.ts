import { Payment } from './payment.entity.js';
import { PaymentEvent } from './payment-event.entity.js';
import { SandboxCheckoutSession } from './sandbox/sandbox-checkout-session.entity.js';

/** The TypeORM entities of the payments domain (registered once, in src/domains.ts). */
export const PAYMENTS_ENTITIES = [Payment, PaymentEvent, SandboxCheckoutSession];
