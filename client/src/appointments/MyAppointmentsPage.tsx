import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { toAppError } from '../api/appError';
import { Alert } from '../components/Alert';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { useFormSubmission } from '../forms/useFormSubmission';
import { usePageTitle } from '../i18n/usePageTitle';
import { BookingCard } from './BookingCard';
import { CANCEL_APPOINTMENT, MOVE_APPOINTMENT, MY_APPOINTMENTS } from './operations';

/** My appointments: cancel or move each until it starts. */
export function MyAppointmentsPage() {
  const { t } = useTranslation('appointments');
  usePageTitle(t('mine.title'));
  const { data, loading, error, refetch } = useQuery(MY_APPOINTMENTS, { fetchPolicy: 'cache-and-network' });
  const [cancel] = useMutation(CANCEL_APPOINTMENT);
  const [move] = useMutation(MOVE_APPOINTMENT);
  const submission = useFormSubmission();
  const [done, setDone] = useState<string | null>(null);
  const act = (action: () => Promise<unknown>, message: string) =>
    submission.run(async () => {
      setDone(null);
      await action();
      await refetch();
      setDone(message);
    });
  const bookings = data?.myAppointments ?? [];
  return (
    <div className="stack-large" data-testid="my-appointments">
      <h1 className="kern-heading-x-large">{t('mine.title')}</h1>
      <p className="kern-body">
        <Link className="kern-link" to="/appointments/book">
          {t('book.title')}
        </Link>
      </p>
      {error && <ErrorAlert error={toAppError(error)} formFields={[]} />}
      {submission.error && <ErrorAlert error={submission.error} formFields={[]} />}
      {done && <Alert variant="success" role="status" title={done} testId="appointment-done" />}
      {loading && !data && <LoadingIndicator />}
      {data && bookings.length === 0 && <p className="kern-body">{t('mine.empty')}</p>}
      <ul className="stack plain-list">
        {bookings.map((booking) => (
          <BookingCard
            key={booking.id}
            booking={booking}
            busy={submission.busy}
            onCancel={() => void act(() => cancel({ variables: { id: booking.id } }), t('mine.cancelled'))}
            onMove={(startsAt) => void act(() => move({ variables: { id: booking.id, startsAt } }), t('mine.moved'))}
          />
        ))}
      </ul>
    </div>
  );
}
