import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../api/appError';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { Ltr } from '../components/Ltr';
import { TextField } from '../components/TextField';
import { usePageTitle } from '../i18n/usePageTitle';
import { formatIn } from './AppointmentTimes';
import { STAFF_HOME_VISIT_PLAN } from './operations';
import { berlinToday } from './SlotPicker';
import './visit-sheet.css';

/** Staff: the day's home visits grouped by district, as a printable visit sheet. */
export function StaffHomeVisitsPage() {
  const { t, i18n } = useTranslation('appointments');
  usePageTitle(t('visits.title'));
  const [day, setDay] = useState(berlinToday());
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(day);
  const { data, loading, error } = useQuery(STAFF_HOME_VISIT_PLAN, { variables: { day }, skip: !valid, fetchPolicy: 'cache-and-network' });
  const groups = data?.staffHomeVisitPlan ?? [];
  return (
    <div className="stack-large visit-sheet" data-testid="staff-home-visits">
      <h1 className="kern-heading-x-large">{t('visits.sheet_title', { day })}</h1>
      <div className="stack visit-sheet__no-print">
        <TextField name="day" label={t('book.day')} type="date" value={day} onChange={setDay} />
        {groups.length > 0 && (
          <div className="button-row">
            <button type="button" className="kern-btn kern-btn--secondary" onClick={() => window.print()} data-testid="print">
              <span className="kern-label">{t('visits.print')}</span>
            </button>
          </div>
        )}
      </div>
      {error && <ErrorAlert error={toAppError(error)} formFields={[]} />}
      {loading && !data && <LoadingIndicator />}
      {data && groups.length === 0 && <p className="kern-body">{t('visits.empty')}</p>}
      {groups.map((group) => (
        <section
          key={group.district}
          className="stack visit-sheet__district"
          aria-labelledby={`district-${group.district}`}
          data-testid="visit-district"
        >
          <h2 id={`district-${group.district}`} className="kern-heading-large">
            {t(`district.${group.district}`)}
          </h2>
          <table className="visit-sheet__table kern-body">
            <thead>
              <tr>
                <th scope="col">{t('book.slot')}</th>
                <th scope="col">{t('home.address')}</th>
                <th scope="col">{t('staff.booker')}</th>
                <th scope="col">{t('book.service')}</th>
              </tr>
            </thead>
            <tbody>
              {group.visits.map((visit) => (
                <tr key={visit.id} data-testid="visit">
                  <td>{formatIn(visit.startsAt, 'Europe/Berlin', i18n.language, false)}</td>
                  <td>{visit.visitAddress}</td>
                  <td>
                    {visit.onBehalfOfName ? `${visit.onBehalfOfName} · ` : ''}
                    <Ltr>{visit.bookerEmail ?? ''}</Ltr>
                    {visit.homeVisitReason ? ` · ${t(`home.reason.${visit.homeVisitReason}`)}` : ''}
                  </td>
                  <td>{visit.serviceName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
