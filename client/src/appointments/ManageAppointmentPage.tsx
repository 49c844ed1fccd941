import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { Alert } from '../components/Alert';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { useFormSubmission } from '../forms/useFormSubmission';
import { usePageTitle } from '../i18n/usePageTitle';
import { BookingCard } from './BookingCard';
import { APPOINTMENT_BY_LINK, CANCEL_APPOINTMENT_BY_LINK, MOVE_APPOINTMENT_BY_LINK } from './operations';

/** The page the link in an appointment e-mail opens: cancel or move without signing in. */
export function ManageAppointmentPage() {
  const { t, i18n } = useTranslation('appointments');
  usePageTitle(t('manage.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const language = i18n.language;
  const { data, loading, error, refetch } = useQuery(APPOINTMENT_BY_LINK, { variables: { token, language }, skip: !token });
  const [cancel] = useMutation(CANCEL_APPOINTMENT_BY_LINK);
  const [move] = useMutation(MOVE_APPOINTMENT_BY_LINK);
  const submission = useFormSubmission();
  const [done, setDone] = useState<string | null>(null);
  const act = (action: () => Promise<unknown>, message: string) =>
    submission.run(async () => {
      await action();
      await refetch();
      setDone(message);
    });
  return (
    <div className="stack-large" data-testid="manage-appointment">
      <h1 className="kern-heading-x-large">{t('manage.title')}</h1>
      {(!token || error) && <Alert variant="danger" role="alert" title={t('manage.invalid')} testId="link-invalid" />}
      {loading && <LoadingIndicator />}
      {submission.error && <ErrorAlert error={submission.error} formFields={[]} />}
      {done && <Alert variant="success" role="status" title={done} testId="appointment-done" />}
      {data && (
        <ul className="stack plain-list">
          <BookingCard
            booking={data.appointmentByLink}
            busy={submission.busy}
            onCancel={() => void act(() => cancel({ variables: { token, language } }), t('mine.cancelled'))}
            onMove={(startsAt) => void act(() => move({ variables: { token, startsAt, language } }), t('mine.moved'))}
          />
        </ul>
      )}
    </div>
  );
}
