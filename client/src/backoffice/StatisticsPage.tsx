import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../api/appError';
import { isStaff } from '../auth/roles';
import { useSignedInAccount } from '../auth/useSignedInAccount';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { useFormSubmission } from '../forms/useFormSubmission';
import { usePageTitle } from '../i18n/usePageTitle';
import { NoAccessPage } from '../pages/NoAccessPage';
import { isCommunicationStaff } from '../participation/communicationRoles';
import { openReceipt } from '../payments/openReceipt';
import { BACKOFFICE_STATISTICS, type StatisticTable } from './operations';
import { StatisticFigure } from './StatisticFigure';
import type { StatisticsInterval } from './statisticLabels';
import './backoffice.css';

const DISTRICTS = ['bochum', 'wattenscheid'] as const;

function berlinDay(offsetDays = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() + offsetDays * 86_400_000));
}

/** The tables of each office's section, in the order the server sends them. */
function bySection(tables: readonly StatisticTable[]): [string, StatisticTable[]][] {
  const sections = new Map<string, StatisticTable[]>();
  for (const table of tables) {
    const section = table.key.split('.')[0]!;
    sections.set(section, [...(sections.get(section) ?? []), table]);
  }
  return [...sections];
}

/** Staff: the figures of their offices with charts and tables, filtered by period and district, and their export. */
export function StatisticsPage() {
  const { t } = useTranslation(['backoffice', 'residency']);
  usePageTitle(t('statistics.title'));
  const account = useSignedInAccount();
  const allowed = isStaff(account.roles) || isCommunicationStaff(account.roles);
  const [from, setFrom] = useState(() => berlinDay(-89));
  const [to, setTo] = useState(() => berlinDay());
  const [district, setDistrict] = useState('');
  const [interval, setBucket] = useState<StatisticsInterval>('month');
  const filter = { from, to, interval, ...(district ? { district: district as (typeof DISTRICTS)[number] } : {}) };
  const complete = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to);
  const { data, previousData, loading, error } = useQuery(BACKOFFICE_STATISTICS, {
    variables: { filter },
    skip: !complete || !allowed,
    fetchPolicy: 'cache-and-network',
  });
  const tables = (data ?? previousData)?.backofficeStatistics ?? [];
  const download = useFormSubmission();
  const query = new URLSearchParams({ from, to, interval, ...(district ? { district } : {}) }).toString();
  const exportFile = (format: 'csv' | 'xlsx') =>
    void download.run(() => openReceipt(`/api/backoffice/statistics/export.${format}?${query}`, `statistics-${from}-${to}.${format}`));

  if (!allowed) return <NoAccessPage />;
  return (
    <div className="stack-large backoffice-wide" data-testid="backoffice-statistics">
      <div className="stack">
        <h1 className="kern-heading-x-large">{t('statistics.title')}</h1>
        <p className="kern-body">{t('statistics.intro')}</p>
      </div>
      <fieldset className="kern-fieldset">
        <legend className="kern-fieldset__legend">{t('statistics.filters')}</legend>
        <div className="statistics-filters">
          <TextField name="from" type="date" label={t('statistics.from')} value={from} onChange={setFrom} />
          <TextField name="to" type="date" label={t('statistics.to')} value={to} onChange={setTo} />
          <SelectField
            name="district"
            label={t('statistics.district')}
            value={district}
            onChange={setDistrict}
            options={[
              { value: '', label: t('statistics.allDistricts') },
              ...DISTRICTS.map((value) => ({ value, label: t(`districts.${value}`, { ns: 'residency' }) })),
            ]}
          />
          <SelectField
            name="interval"
            label={t('statistics.interval')}
            value={interval}
            onChange={(value) => setBucket(value as StatisticsInterval)}
            options={(['week', 'month'] as const).map((value) => ({ value, label: t(`statistics.intervals.${value}`) }))}
          />
        </div>
      </fieldset>
      <div className="statistics-downloads">
        <button type="button" className="kern-btn kern-btn--secondary" onClick={() => exportFile('csv')} data-testid="statistics-csv">
          <span className="kern-label">{t('statistics.csv')}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={() => exportFile('xlsx')} data-testid="statistics-xlsx">
          <span className="kern-label">{t('statistics.xlsx')}</span>
        </button>
      </div>
      {download.error && <ErrorAlert error={download.error} />}
      {error && <ErrorAlert error={toAppError(error)} />}
      {loading && tables.length === 0 && <LoadingIndicator />}
      {bySection(tables).map(([section, sectionTables]) => (
        <section key={section} className="stack-large" aria-labelledby={`statistics-${section}`}>
          <h2 className="kern-heading-medium" id={`statistics-${section}`}>
            {t(`statistics.sections.${section}` as 'statistics.sections.cards')}
          </h2>
          {section === 'participation' && <p className="kern-body">{t('statistics.newsNotRecorded')}</p>}
          {sectionTables.map((table) => (
            <StatisticFigure key={table.key} table={table} interval={interval} />
          ))}
        </section>
      ))}
    </div>
  );
}
