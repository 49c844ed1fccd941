import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../utils/formatDate';
import type { ParticipationEvent } from './operations';

/** The reader's own place at an event, in words. */
export function MyEventStatus({ event }: { event: ParticipationEvent }) {
  const { t, i18n } = useTranslation('participation');
  const mine = event.myRegistration;
  if (!mine || mine.status === 'cancelled')
    return (
      <span data-testid="my-event-status" data-status="none">
        {t('events.status.none')}
      </span>
    );
  return (
    <span data-testid="my-event-status" data-status={mine.status}>
      {mine.status === 'waiting'
        ? t('events.status.waiting', { position: mine.waitingPosition ?? 0 })
        : mine.status === 'offered'
          ? t('events.status.offered', { until: mine.offerExpiresAt ? formatDateTime(mine.offerExpiresAt, i18n.language) : '' })
          : t('events.status.confirmed')}
    </span>
  );
}

/** When and where, in the reader's language. */
export function EventWhenWhere({ event }: { event: ParticipationEvent }) {
  const { t, i18n } = useTranslation('participation');
  return (
    <p className="kern-body">
      {t('events.when', { start: formatDateTime(event.startsAt, i18n.language), end: formatDateTime(event.endsAt, i18n.language) })}
      <br />
      {event.place && t('events.where', { place: event.place })}
      {event.place && event.onlineUrl && <br />}
      {event.onlineUrl && (
        <a className="kern-link" href={event.onlineUrl} dir="ltr" rel="noopener noreferrer" target="_blank">
          {t('events.online')}
        </a>
      )}
    </p>
  );
}
