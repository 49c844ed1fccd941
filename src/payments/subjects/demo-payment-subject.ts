import type { Actor } from '../../common/auth/actor.js';
import { PaymentPurpose } from '../payment-purpose.js';
import type { PaymentSubjectPolicy } from './payment-subjects.js';

export const DEMO_SUBJECT_TYPE = 'demo';

/**
 * A stand-in subject so the pay step can be tried before the card and trade flows exist:
 * everyone may pay the citizen-card fee for their own account id, and nothing else.
 * Registered outside production only.
 */
export const demoPaymentSubject: PaymentSubjectPolicy = {
  purposes: [PaymentPurpose.citizen_card],
  mayPay: async (actor: Actor, subjectId: string) => subjectId === actor.accountId,
};
