import { useTranslation } from 'react-i18next';

/** The form's primary button. While busy it stays focusable but says that it is sending. */
export function SubmitButton({ label, busy }: { label: string; busy: boolean }) {
  const { t } = useTranslation();
  return (
    <button
      type="submit"
      className="kern-btn kern-btn--primary"
      data-testid="submit"
      aria-disabled={busy || undefined}
      aria-busy={busy || undefined}
    >
      <span className="kern-label">{busy ? t('status.submitting') : label}</span>
    </button>
  );
}
