import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { toAppError } from '../api/appError';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { Ltr } from '../components/Ltr';
import { TextField } from '../components/TextField';
import { useFormSubmission } from '../forms/useFormSubmission';
import { ConsultationRoomLink } from '../consultations/ConsultationRoomLink';
import { usePageTitle } from '../i18n/usePageTitle';
import { formatIn } from './AppointmentTimes';
import { MARK_APPOINTMENT_ATTENDANCE, STAFF_APPOINTMENT_DAY, STAFF_CANCEL_APPOINTMENT, type Booking } from './operations';
import { berlinToday } from './SlotPicker';

function StaffBookingRow({ booking, onChanged }: { booking: Booking; onChanged: () => Promise<unknown> }) {
  const { t, i18n } = useTranslation('appointments');
  const submission = useFormSubmission();
  const [mark] = useMutation(MARK_APPOINTMENT_ATTENDANCE);
  const [cancel] = useMutation(STAFF_CANCEL_APPOINTMENT);
  const [reason, setReason] = useState('');
  const act = (action: () => Promise<unknown>) =>
    submission.run(async () => {
      await action();
      await onChanged();
    });
  const started = new Date(booking.startsAt).getTime() <= Date.now();
  return (
    <li className="kern-card kern-card--surface" data-testid="staff-appointment" data-appointment-id={booking.id}>
      <div className="kern-card__container">
        <header className="kern-card__header">
          <h3 className="kern-title">
            {formatIn(booking.startsAt, 'Europe/Berlin', i18n.language, false)} · {booking.serviceName}
          </h3>
        </header>
        <div className="kern-card__body stack">
          <dl className="stack">
            <div>
              <dt className="kern-label">{t('staff.booker')}</dt>
              <dd className="kern-body">
                <Ltr>{booking.bookerEmail ?? ''}</Ltr>
              </dd>
            </div>
            <div>
              <dt className="kern-label">{t('book.channel')}</dt>
              <dd className="kern-body">{t(`channel.${booking.channel}`)}</dd>
            </div>
            {booking.caseId && (
              <div>
                <dt className="kern-label">{t('staff.case')}</dt>
                <dd className="kern-body">
                  <Link className="kern-link" to={`/staff/cases/${booking.caseId}`} data-testid="case-link">
                    <Ltr>{booking.caseId.slice(0, 8)}</Ltr>
                  </Link>
                </dd>
              </div>
            )}
            <div>
              <dt className="kern-label">{t('title')}</dt>
              <dd className="kern-body" data-testid="appointment-status">
                {t(`status.${booking.status}`)}
              </dd>
            </div>
          </dl>
          <ConsultationRoomLink booking={booking} />
          {submission.error && <ErrorAlert error={submission.error} formFields={['reason']} />}
          {started && booking.status !== 'cancelled' && (
            <div className="button-row">
              <button
                type="button"
                className="kern-btn kern-btn--secondary"
                disabled={submission.busy}
                onClick={() => void act(() => mark({ variables: { id: booking.id, attended: true } }))}
              >
                <span className="kern-label">{t('staff.attended')}</span>
              </button>
              <button
                type="button"
                className="kern-btn kern-btn--secondary"
                disabled={submission.busy}
                onClick={() => void act(() => mark({ variables: { id: booking.id, attended: false } }))}
              >
                <span className="kern-label">{t('staff.no_show')}</span>
              </button>
            </div>
          )}
          {!started && booking.status === 'booked' && (
            <div className="stack">
              <TextField name={`reason-${booking.id}`} label={t('staff.reason')} value={reason} onChange={setReason} />
              <div className="button-row">
                <button
                  type="button"
                  className="kern-btn kern-btn--secondary"
                  disabled={submission.busy}
                  onClick={() => void act(() => cancel({ variables: { id: booking.id, reason } }))}
                >
                  <span className="kern-label">{t('staff.cancel')}</span>
                </button>
              </div>
            </div>
          )}
        </div>
      </div>
    </li>
  );
}

/** Staff: the bookings of their offices on a day, with booker, service, channel and linked case. */
export function StaffAppointmentDayPage() {
  const { t } = useTranslation('appointments');
  usePageTitle(t('staff.day_title'));
  const [day, setDay] = useState(berlinToday());
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(day);
  const { data, loading, error, refetch } = useQuery(STAFF_APPOINTMENT_DAY, {
    variables: { day },
    skip: !valid,
    fetchPolicy: 'cache-and-network',
  });
  const bookings = data?.staffAppointmentDay ?? [];
  return (
    <div className="stack-large" data-testid="staff-appointment-day">
      <h1 className="kern-heading-x-large">{t('staff.day_title')}</h1>
      <p className="kern-body">
        <Link className="kern-link" to="/staff/appointments/availability">
          {t('staff.availability_title')}
        </Link>
        {' · '}
        <Link className="kern-link" to="/staff/appointments/visits">
          {t('nav.staff_visits')}
        </Link>
      </p>
      <TextField name="day" label={t('book.day')} type="date" value={day} onChange={setDay} />
      {error && <ErrorAlert error={toAppError(error)} formFields={[]} />}
      {loading && !data && <LoadingIndicator />}
      {data && bookings.length === 0 && <p className="kern-body">{t('staff.empty')}</p>}
      <ul className="stack plain-list">
        {bookings.map((booking) => (
          <StaffBookingRow key={booking.id} booking={booking} onChanged={refetch} />
        ))}
      </ul>
    </div>
  );
}
