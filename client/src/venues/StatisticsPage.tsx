import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VENUE_STATISTICS } from './operations';
import { toAppError } from '../api/appError';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { SelectField } from '../components/SelectField';
import { usePageTitle } from '../i18n/usePageTitle';
import { BarChart } from './BarChart';
import { downloadStatisticsCsv } from './statisticsCsv';
import './venues.css';
import { textWithLanguage } from '../i18n/languageNames';
import { offerText } from './offerText';

/** Redemptions: the operator's venue, or for staff all venues together. */
export function StatisticsPage() {
  const { t, i18n } = useTranslation('venues');
  usePageTitle(t('statistics.title'));
  const [days, setDays] = useState('30');
  const { data, loading, error } = useQuery(VENUE_STATISTICS, { variables: { days: Number(days) }, fetchPolicy: 'cache-and-network' });
  const statistics = data?.venueStatistics;
  const visitors = statistics?.perCategory.reduce((sum, row) => sum + row.visitors, 0) ?? 0;

  return (
    <div className="stack-large" data-testid="venue-statistics">
      <h1 className="kern-heading-x-large">{t('statistics.title')}</h1>
      <SelectField
        name="days"
        label={t('statistics.period')}
        value={days}
        onChange={setDays}
        options={['7', '30', '90'].map((value) => ({ value, label: t('statistics.days', { count: Number(value) }) }))}
      />
      {error && <ErrorAlert error={toAppError(error)} formFields={[]} />}
      {loading && !statistics && <LoadingIndicator />}
      {statistics && (
        <>
          <p className="kern-body" data-testid="statistics-totals">
            {t('statistics.totals', { verifications: statistics.verifications, visitors: statistics.uniqueVisitors })}
          </p>
          <h2 className="kern-title">{t('statistics.perDay')}</h2>
          <BarChart
            label={t('statistics.perDay')}
            rows={statistics.perDay.map((row) => ({ label: row.day, value: row.verifications, secondary: row.granted }))}
          />
          <h2 className="kern-title">{t('statistics.perOffer')}</h2>
          <BarChart
            label={t('statistics.perOffer')}
            rows={statistics.perOffer.map((row) => ({
              label: row.offerId
                ? textWithLanguage(offerText({ de: row.titleDe, en: row.titleEn }, i18n.language), i18n.language)
                : t('statistics.withoutOffer'),
              value: row.verifications,
              secondary: row.granted,
            }))}
          />
          <h2 className="kern-title">{t('statistics.perCategory')}</h2>
          <BarChart
            label={t('statistics.perCategory')}
            rows={statistics.perCategory.map((row) => ({
              label: `${t(`categories.${row.category}` as 'categories.student')} (${visitors ? Math.round((100 * row.visitors) / visitors) : 0} %)`,
              value: row.visitors,
            }))}
          />
          <p className="kern-body">{t('statistics.legend')}</p>
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() => downloadStatisticsCsv(statistics, i18n.language)}
            data-testid="statistics-csv"
          >
            <span className="kern-label">{t('statistics.csv')}</span>
          </button>
        </>
      )}
    </div>
  );
}
