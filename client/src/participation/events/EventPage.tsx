import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { toAppError } from '../../api/appError';
import { openProtectedFile } from '../../api/restFiles';
import { ContentText } from '../../components/ContentLanguage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { useFormSubmission } from '../../forms/useFormSubmission';
import { usePageTitle } from '../../i18n/usePageTitle';
import { EventWhenWhere, MyEventStatus } from './EventStatus';
import {
  CANCEL_PARTICIPATION_EVENT_REGISTRATION,
  CONFIRM_PARTICIPATION_EVENT_SEAT,
  PARTICIPATION_EVENT,
  REGISTER_FOR_PARTICIPATION_EVENT,
} from './operations';

/** Residents: one event in their language; register, cancel or confirm an offered seat with one click; the calendar file. */
export function EventPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('participation');
  const { data, loading, error, refetch } = useQuery(PARTICIPATION_EVENT, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const event = data?.participationEvent;
  usePageTitle(event?.title ?? t('events.title'));
  const submission = useFormSubmission();
  const [register] = useMutation(REGISTER_FOR_PARTICIPATION_EVENT);
  const [cancel] = useMutation(CANCEL_PARTICIPATION_EVENT_REGISTRATION);
  const [confirm] = useMutation(CONFIRM_PARTICIPATION_EVENT_SEAT);

  const act = (action: () => Promise<unknown>) =>
    submission.run(async () => {
      await action();
      await refetch();
    });

  if (error) return <ErrorAlert error={toAppError(error)} formFields={[]} />;
  if (loading && !event) return <LoadingIndicator />;
  if (!event) return null;
  const mine = event.myRegistration && event.myRegistration.status !== 'cancelled' ? event.myRegistration : null;
  const open = event.status === 'published' && new Date(event.registrationDeadline).getTime() > Date.now();

  return (
    <article className="stack-large" data-testid="event-page" data-event-id={event.id}>
      <h1 className="kern-heading-x-large">
        <ContentText text={event.title} language={event.titleLanguage} />
      </h1>
      {event.status === 'cancelled' && (
        <div className="kern-alert kern-alert--danger" role="status">
          <div className="kern-alert__header">
            <span className="kern-title">{t('events.cancelledNotice')}</span>
          </div>
        </div>
      )}
      <p className="kern-body">{t(`events.kinds.${event.kind}`)}</p>
      <EventWhenWhere event={event} />
      {event.description && (
        <ContentText as="div" text={<p className="kern-body pre-line">{event.description}</p>} language={event.descriptionLanguage} />
      )}
      <p className="kern-body">{t('events.seats', { taken: event.seatsTaken, capacity: event.capacity, waiting: event.waitingCount })}</p>
      <p className="kern-body" data-testid="my-status">
        <MyEventStatus event={event} />
      </p>
      {submission.error && <ErrorAlert error={submission.error} formFields={[]} />}
      <div className="button-row">
        {!mine && open && (
          <button
            type="button"
            className="kern-btn kern-btn--primary"
            disabled={submission.busy}
            data-testid="register"
            onClick={() => void act(() => register({ variables: { eventId: event.id } }))}
          >
            <span className="kern-label">{event.seatsTaken >= event.capacity ? t('events.joinWaitingList') : t('events.register')}</span>
          </button>
        )}
        {mine?.status === 'offered' && (
          <button
            type="button"
            className="kern-btn kern-btn--primary"
            disabled={submission.busy}
            data-testid="confirm-seat"
            onClick={() => void act(() => confirm({ variables: { registrationId: mine.id } }))}
          >
            <span className="kern-label">{t('events.confirmSeat')}</span>
          </button>
        )}
        {mine && event.status === 'published' && (
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            disabled={submission.busy}
            data-testid="cancel-registration"
            onClick={() => void act(() => cancel({ variables: { registrationId: mine.id } }))}
          >
            <span className="kern-label">{t('events.cancelRegistration')}</span>
          </button>
        )}
        <button
          type="button"
          className="kern-btn kern-btn--tertiary"
          data-testid="calendar-download"
          onClick={() => void submission.run(() => openProtectedFile(event.calendarUrl, `event-${event.id}.ics`))}
        >
          <span className="kern-label">{t('events.calendar')}</span>
        </button>
      </div>
      <Link to="/events" className="kern-link">
        {t('events.back')}
      </Link>
    </article>
  );
}
