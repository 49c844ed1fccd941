import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets document.title to "<page> – Bochum e-Residency". */
export function usePageTitle(page: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = page === t('meta.appName') ? page : t('meta.pageTitle', { page });
  }, [page, t]);
}
