/** The public surface of the payments domain: fees, payment subjects and payment events. */
export { PaymentsModule } from './payments.module.js';
export { FeeSchedule, type Fee } from './fee-schedule.js';
export { PaymentService } from './payment.service.js';
export { PaymentPurpose } from './payment-purpose.js';
export { PaymentStatus } from './payment-status.js';
export { PaymentSubjects, type PaymentSubjectPolicy } from './subjects/payment-subjects.js';
export {
  PAYMENT_CANCELED,
  PAYMENT_FAILED,
  PAYMENT_REFUNDED,
  PAYMENT_SUCCEEDED,
  paymentEventFor,
  type PaymentEventPayload,
} from './payment-events.js';
export { PAYMENTS_ENTITIES } from './payments.entities.js';
export { PAYMENTS_RESOLVERS } from './payments.resolvers.js';
