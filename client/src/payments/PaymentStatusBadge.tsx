import { useTranslation } from 'react-i18next';
import type { PaymentStatus } from './operations';

const VARIANT: Record<PaymentStatus, 'success' | 'warning' | 'danger' | 'info'> = {
  succeeded: 'success',
  pending: 'warning',
  failed: 'danger',
  canceled: 'warning',
  refunded: 'info',
};

export function PaymentStatusBadge({ status }: { status: PaymentStatus }) {
  const { t } = useTranslation('payments');
  return (
    <span className={`kern-badge kern-badge--${VARIANT[status]}`} data-testid="payment-status" data-status={status}>
      <span className="kern-label">{t(`status.${status}.label`)}</span>
    </span>
  );
}
