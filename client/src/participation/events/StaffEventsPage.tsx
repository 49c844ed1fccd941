import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { toAppError } from '../../api/appError';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { usePageTitle } from '../../i18n/usePageTitle';
import { formatDateTime } from '../../utils/formatDate';
import { STAFF_PARTICIPATION_EVENTS } from './operations';

/** Communication staff: every event with its state and seats; a new one. */
export function StaffEventsPage() {
  const { t, i18n } = useTranslation('participation');
  usePageTitle(t('events.staff.title'));
  const { data, loading, error } = useQuery(STAFF_PARTICIPATION_EVENTS, { fetchPolicy: 'cache-and-network' });
  return (
    <div className="stack-large" data-testid="staff-events-page">
      <h1 className="kern-heading-x-large">{t('events.staff.title')}</h1>
      <Link className="kern-btn kern-btn--primary" to="/staff/participation/events/new" data-testid="new-event">
        <span className="kern-label">{t('events.staff.new')}</span>
      </Link>
      {error && <ErrorAlert error={toAppError(error)} formFields={[]} />}
      {loading && !data && <LoadingIndicator />}
      {data && data.staffParticipationEvents.length === 0 && <p className="kern-body">{t('events.none')}</p>}
      {data && data.staffParticipationEvents.length > 0 && (
        <table className="kern-table">
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th className="kern-table__header" scope="col">
                {t('events.staff.event')}
              </th>
              <th className="kern-table__header" scope="col">
                {t('events.staff.start')}
              </th>
              <th className="kern-table__header" scope="col">
                {t('events.staff.state')}
              </th>
              <th className="kern-table__header" scope="col">
                {t('events.staff.seats')}
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {data.staffParticipationEvents.map((event) => (
              <tr key={event.id} className="kern-table__row" data-testid="staff-event-row">
                <td className="kern-table__cell">
                  <Link className="kern-link" to={`/staff/participation/events/${event.id}`} lang="de">
                    {event.titleDe}
                  </Link>
                </td>
                <td className="kern-table__cell">{formatDateTime(event.startsAt, i18n.language)}</td>
                <td className="kern-table__cell">{t(`events.eventStatus.${event.status}`)}</td>
                <td className="kern-table__cell">
                  {t('events.staff.seatsValue', { taken: event.seatsTaken, capacity: event.capacity, waiting: event.waitingCount })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Link className="kern-link" to="/staff/participation">
        {t('events.staff.back')}
      </Link>
    </div>
  );
}
