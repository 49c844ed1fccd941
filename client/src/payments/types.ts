export type PaymentPurpose = 'citizen_card' | 'trade_registration' | 'business_address';
export type PaymentStatus = 'pending' | 'succeeded' | 'failed' | 'canceled' | 'refunded';

export interface Payment {
  id: string;
  reference: string;
  purpose: PaymentPurpose;
  subjectType: string;
  subjectId: string;
  amountCents: number;
  currency: string;
  status: PaymentStatus;
  paid: boolean;
  /** Already in the reader's language; says plainly when the fee is unpaid. */
  statusMessage: string;
  provider: 'stripe' | 'sandbox' | null;
  testPayment: boolean;
  checkoutUrl: string | null;
  receiptUrl: string | null;
  paidAt: string | null;
  refundedAt: string | null;
  refundReason: string | null;
  createdAt: string;
}

export interface Fee {
  purpose: PaymentPurpose;
  amountCents: number;
  currency: string;
}

export interface PaymentSettings {
  fees: Fee[];
  available: boolean;
  testMode: boolean;
  demoSubjectType: string | null;
}

export interface PaymentSubject {
  purpose: PaymentPurpose;
  subjectType: string;
  subjectId: string;
}
