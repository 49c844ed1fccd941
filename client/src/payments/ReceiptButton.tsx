import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openReceipt } from './openReceipt';
import type { Payment } from './operations';

/** Opens the payment's PDF receipt; the button says so when it cannot. */
export function ReceiptButton({ payment }: { payment: Pick<Payment, 'receiptUrl' | 'reference'> }) {
  const { t } = useTranslation('payments');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  if (!payment.receiptUrl) return null;
  const receiptUrl = payment.receiptUrl;

  async function handleClick() {
    setBusy(true);
    setFailed(false);
    try {
      await openReceipt(receiptUrl, `receipt-${payment.reference}.pdf`);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="stack">
      <div>
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          onClick={handleClick}
          aria-busy={busy || undefined}
          data-testid="open-receipt"
        >
          <span className="kern-label">{t('payStep.openReceipt')}</span>
        </button>
      </div>
      {failed && (
        <p className="kern-error" role="alert">
          <span className="kern-body">{t('receipts.receiptError')}</span>
        </p>
      )}
    </div>
  );
}
