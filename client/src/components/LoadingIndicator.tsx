import { useTranslation } from 'react-i18next';

export function LoadingIndicator({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="kern-body loading-indicator" role="status">
      {label ?? t('status.loading')}
    </p>
  );
}
