import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { toAppError } from '../../api/appError';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { useFormSubmission } from '../../forms/useFormSubmission';
import { usePageTitle } from '../../i18n/usePageTitle';
import { formatDateTime } from '../../utils/formatDate';
import { EventForm } from './EventForm';
import {
  CANCEL_PARTICIPATION_EVENT,
  CHECK_IN_PARTICIPATION_EVENT_REGISTRATION,
  CREATE_PARTICIPATION_EVENT,
  PARTICIPATION_EVENT,
  PARTICIPATION_EVENT_REGISTRATIONS,
  PUBLISH_PARTICIPATION_EVENT,
  UPDATE_PARTICIPATION_EVENT,
  type EventInput,
} from './operations';
import { downloadCsv, registrationsCsv } from './registrationsCsv';

/** Communication staff: a new event. */
export function StaffNewEventPage() {
  const { t } = useTranslation('participation');
  usePageTitle(t('events.staff.new'));
  const navigate = useNavigate();
  const submission = useFormSubmission();
  const [create] = useMutation(CREATE_PARTICIPATION_EVENT);
  const save = (input: EventInput) =>
    void submission.run(async () => {
      const { data } = await create({ variables: { input } });
      if (data) void navigate(`/staff/participation/events/${data.createParticipationEvent.id}`);
    });
  return (
    <div className="stack-large">
      <h1 className="kern-heading-x-large">{t('events.staff.new')}</h1>
      <EventForm busy={submission.busy} error={submission.error} onSubmit={save} />
      <Link className="kern-link" to="/staff/participation/events">
        {t('events.staff.backToList')}
      </Link>
    </div>
  );
}

/** Communication staff: one event — edit, publish, cancel; registrations, waiting list, attendance, CSV; the door. */
export function StaffEventPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('participation');
  const { data, loading, error, refetch } = useQuery(PARTICIPATION_EVENT, { variables: { id }, fetchPolicy: 'network-only' });
  const registrations = useQuery(PARTICIPATION_EVENT_REGISTRATIONS, { variables: { eventId: id }, fetchPolicy: 'network-only' });
  const event = data?.participationEvent;
  usePageTitle(event?.titleDe ?? t('events.staff.title'));
  const submission = useFormSubmission();
  const [update] = useMutation(UPDATE_PARTICIPATION_EVENT);
  const [publish] = useMutation(PUBLISH_PARTICIPATION_EVENT);
  const [cancel] = useMutation(CANCEL_PARTICIPATION_EVENT);
  const [checkIn] = useMutation(CHECK_IN_PARTICIPATION_EVENT_REGISTRATION);

  if (error) return <ErrorAlert error={toAppError(error)} formFields={[]} />;
  if (loading && !event) return <LoadingIndicator />;
  if (!event) return null;
  const act = (action: () => Promise<unknown>) =>
    void submission.run(async () => {
      await action();
      await Promise.all([refetch(), registrations.refetch()]);
    });
  const rows = registrations.data?.participationEventRegistrations ?? [];

  return (
    <div className="stack-large" data-testid="staff-event-page" data-event-id={event.id}>
      <h1 className="kern-heading-x-large" lang="de">
        {event.titleDe}
      </h1>
      <p className="kern-body" data-testid="event-state" data-status={event.status}>
        {t(`events.eventStatus.${event.status}`)} ·{' '}
        {t('events.staff.seatsValue', { taken: event.seatsTaken, capacity: event.capacity, waiting: event.waitingCount })} ·{' '}
        {t('events.staff.checkedIn', { count: event.checkedInCount })}
      </p>
      <div className="button-row">
        {event.status === 'draft' && (
          <button
            type="button"
            className="kern-btn kern-btn--primary"
            data-testid="publish-event"
            onClick={() => act(() => publish({ variables: { id } }))}
          >
            <span className="kern-label">{t('events.staff.publish')}</span>
          </button>
        )}
        {event.status === 'published' && (
          <Link className="kern-btn kern-btn--primary" to={`/staff/participation/events/${id}/check-in`} data-testid="open-check-in">
            <span className="kern-label">{t('events.staff.checkIn')}</span>
          </Link>
        )}
        {event.status !== 'cancelled' && (
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            data-testid="cancel-event"
            onClick={() => window.confirm(t('events.staff.cancelConfirm')) && act(() => cancel({ variables: { id } }))}
          >
            <span className="kern-label">{t('events.staff.cancel')}</span>
          </button>
        )}
      </div>
      {submission.error && <ErrorAlert error={submission.error} formFields={[]} />}

      <section className="stack" aria-labelledby="registrations">
        <h2 id="registrations" className="kern-heading-large">
          {t('events.staff.registrations')}
        </h2>
        <button
          type="button"
          className="kern-btn kern-btn--tertiary"
          data-testid="export-csv"
          disabled={rows.length === 0}
          onClick={() =>
            downloadCsv(
              registrationsCsv(rows, [
                t('events.csv.email'),
                t('events.csv.status'),
                t('events.csv.position'),
                t('events.csv.registeredAt'),
                t('events.csv.checkedInAt'),
              ]),
              `event-${event.id}-registrations.csv`,
            )
          }
        >
          <span className="kern-label">{t('events.staff.exportCsv')}</span>
        </button>
        {rows.length === 0 ? (
          <p className="kern-body">{t('events.staff.noRegistrations')}</p>
        ) : (
          <table className="kern-table">
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th className="kern-table__header" scope="col">
                  {t('events.csv.email')}
                </th>
                <th className="kern-table__header" scope="col">
                  {t('events.csv.status')}
                </th>
                <th className="kern-table__header" scope="col">
                  {t('events.csv.checkedInAt')}
                </th>
                <th className="kern-table__header" scope="col">
                  <span className="visually-hidden">{t('events.staff.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {rows.map((row) => (
                <tr key={row.id} className="kern-table__row" data-testid="registration-row" data-status={row.status}>
                  <td className="kern-table__cell" dir="ltr">
                    {row.email}
                  </td>
                  <td className="kern-table__cell">
                    {row.status === 'waiting'
                      ? t('events.registrationStatus.waitingAt', { position: row.waitingPosition ?? 0 })
                      : t(`events.registrationStatus.${row.status}`)}
                  </td>
                  <td className="kern-table__cell">{row.checkedInAt ? formatDateTime(row.checkedInAt, i18n.language) : '–'}</td>
                  <td className="kern-table__cell">
                    {row.status === 'confirmed' && !row.checkedInAt && event.status === 'published' && (
                      <button
                        type="button"
                        className="kern-btn kern-btn--tertiary"
                        onClick={() => act(() => checkIn({ variables: { registrationId: row.id } }))}
                      >
                        <span className="kern-label">{t('events.staff.checkInManually', { email: row.email ?? '' })}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {event.status !== 'cancelled' && (
        <section className="stack" aria-labelledby="edit-event">
          <h2 id="edit-event" className="kern-heading-large">
            {t('events.staff.edit')}
          </h2>
          <EventForm
            key={`${event.id}-${event.sequence}-${event.status}`}
            event={event}
            busy={submission.busy}
            error={submission.error}
            onSubmit={(input) => act(() => update({ variables: { id, input } }))}
          />
        </section>
      )}
      <Link className="kern-link" to="/staff/participation/events">
        {t('events.staff.backToList')}
      </Link>
    </div>
  );
}
