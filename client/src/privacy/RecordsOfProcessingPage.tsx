import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../api/appError';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { usePageTitle } from '../i18n/usePageTitle';
import { localeFor } from '../utils/formatDate';
import { RECORDS_OF_PROCESSING, type ProcessingActivity } from './operations';

/** The Intl unit of a retention period's unit. */
const UNITS: Record<string, string> = { minutes: 'minute', days: 'day', years: 'year' };

/** Staff: the records of processing (Art. 30 GDPR), from the same configuration the retention jobs use. */
export function RecordsOfProcessingPage() {
  const { t, i18n } = useTranslation('privacy');
  usePageTitle(t('records.title'));
  const { data, loading, error } = useQuery(RECORDS_OF_PROCESSING);
  const list = (prefix: string, keys: readonly string[]) => keys.map((key) => t(`${prefix}.${key}` as never)).join(', ');
  const period = ({ retention }: ProcessingActivity) =>
    retention.amount === 0
      ? t('records.untilErasure')
      : t('records.period', {
          period: new Intl.NumberFormat(localeFor(i18n.language), {
            style: 'unit',
            unit: UNITS[retention.unit] ?? 'day',
            unitDisplay: 'long',
          }).format(retention.amount),
          from: t(`records.from.${retention.from}` as never),
        });

  return (
    <div className="stack-large">
      <div className="stack">
        <h1 className="kern-heading-x-large">{t('records.title')}</h1>
        <p className="kern-body">{t('records.intro')}</p>
      </div>
      {loading && !data && <LoadingIndicator />}
      {error && <ErrorAlert error={toAppError(error)} />}
      {data?.recordsOfProcessing.map((activity) => (
        <section key={activity.key} className="stack" aria-labelledby={`activity-${activity.key}`} data-testid="processing-activity">
          <h2 className="kern-heading-medium" id={`activity-${activity.key}`}>
            {t(`records.activities.${activity.key}` as never)}
          </h2>
          <dl className="kern-description-list">
            <dt>{t('records.legalBasis')}</dt>
            <dd>{t(`records.legalBases.${activity.legalBasis}` as never)}</dd>
            <dt>{t('records.categories')}</dt>
            <dd>{list('records.dataCategories', activity.dataCategories)}</dd>
            <dt>{t('records.people')}</dt>
            <dd>{list('records.peopleGroups', activity.subjects)}</dd>
            <dt>{t('records.recipients')}</dt>
            <dd>{list('records.recipientGroups', activity.recipients)}</dd>
            <dt>{t('records.retention')}</dt>
            <dd>{period(activity)}</dd>
          </dl>
        </section>
      ))}
    </div>
  );
}
