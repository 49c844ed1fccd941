import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor.js';
import type { PaymentPurpose } from '../payment-purpose.js';
import { PaymentsException } from '../payments.exception.js';

/** How a domain lets people pay for its things: which purposes, and who may pay for which one. */
export interface PaymentSubjectPolicy {
  purposes: readonly PaymentPurpose[];
  /** True when `actor` may pay for the subject; false for unknown subjects and other people's. */
  mayPay(actor: Actor, subjectId: string): Promise<boolean>;
}

const SUBJECT_TYPE = /^[a-z][a-z0-9_]{1,59}$/;

/**
 * The kinds of things fees are paid for. Each domain registers its subject type in `onModuleInit`
 * (e.g. `citizen_card_application`); a payment for an unregistered type is refused.
 */
@Injectable()
export class PaymentSubjects {
  private readonly policies = new Map<string, PaymentSubjectPolicy>();

  register(subjectType: string, policy: PaymentSubjectPolicy): void {
    if (!SUBJECT_TYPE.test(subjectType)) throw new Error(`invalid payment subject type ${subjectType}`);
    if (this.policies.has(subjectType)) throw new Error(`payment subject type ${subjectType} registered twice`);
    this.policies.set(subjectType, policy);
  }

  async assertPayable(actor: Actor, purpose: PaymentPurpose, subjectType: string, subjectId: string): Promise<void> {
    const policy = this.policies.get(subjectType);
    if (!policy || !(await policy.mayPay(actor, subjectId))) throw PaymentsException.unknownSubject();
    if (!policy.purposes.includes(purpose)) throw PaymentsException.purposeNotForSubject();
  }

  has(subjectType: string): boolean {
    return this.policies.has(subjectType);
  }
}
