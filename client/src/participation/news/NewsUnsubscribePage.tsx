import { useMutation } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { toAppError } from '../../api/appError';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { usePageTitle } from '../../i18n/usePageTitle';
import { UNSUBSCRIBE_FROM_NEWS } from './operations';

/** /news/unsubscribe?token=…: the link in every news e-mail; works without signing in. */
export function NewsUnsubscribePage() {
  const { t } = useTranslation('participation');
  usePageTitle(t('news.unsubscribe.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [unsubscribe, { data, error }] = useMutation(UNSUBSCRIBE_FROM_NEWS);
  const sent = useRef(false);

  useEffect(() => {
    if (sent.current || !token) return;
    sent.current = true;
    unsubscribe({ variables: { input: { token } } }).catch(() => undefined);
  }, [token, unsubscribe]);

  const failed = !token || (error && toAppError(error).code === 'NOT_FOUND');
  return (
    <div className="stack-large" data-testid="news-unsubscribe">
      <h1 className="kern-heading-x-large">{t('news.unsubscribe.title')}</h1>
      {data?.unsubscribeFromNews && (
        <div className="kern-alert kern-alert--success" role="status">
          <div className="kern-alert__body">
            <p className="kern-body">{t('news.unsubscribe.done')}</p>
          </div>
        </div>
      )}
      {failed && (
        <div className="kern-alert kern-alert--danger" role="alert">
          <div className="kern-alert__body">
            <p className="kern-body">{t('news.unsubscribe.invalid')}</p>
          </div>
        </div>
      )}
      {error && !failed && <p className="kern-body">{t('news.unsubscribe.failed')}</p>}
      {!data && !error && token && <LoadingIndicator />}
    </div>
  );
}
