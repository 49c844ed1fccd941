import { useTranslation } from 'react-i18next';
import type { CaseEvent } from './operations';
import { formatDateTime } from '../utils/formatDate';
import { Ltr, ltrText } from '../components/Ltr';

/** Every event of the case: what, who, when. */
export function CaseTimeline({ events }: { events: CaseEvent[] }) {
  const { t, i18n } = useTranslation(['backoffice', 'residency']);
  return (
    <ol className="case-timeline" data-testid="case-timeline">
      {events.map((event) => (
        <li key={event.id} className="message-list__item" data-testid="timeline-event" data-type={event.type}>
          <p className="kern-body kern-body--small">
            <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, i18n.language)}</time> ·{' '}
            {event.actor ? <Ltr>{event.actor.email}</Ltr> : t('timeline.system')}
          </p>
          <p className="kern-body kern-body--bold">{t(`timeline.types.${event.type}` as 'timeline.types.opened')}</p>
          {event.assignee && <p className="kern-body">{t('timeline.to', { email: ltrText(event.assignee.email) })}</p>}
          {event.reasonCode && (
            <p className="kern-body">{t(`rejectionReasons.${event.reasonCode}` as 'rejectionReasons.other', { ns: 'residency' })}</p>
          )}
          {event.fileName && <p className="kern-body">{event.fileName}</p>}
          {event.findings.length > 0 && (
            <ul className="kern-list kern-list--bullet">
              {event.findings.map((finding) => (
                <li key={finding}>{t(`findings.${finding}` as 'findings.assurance_too_low', { ns: 'residency' })}</li>
              ))}
            </ul>
          )}
          {event.message && <p className="kern-body message-list__body">{event.message}</p>}
        </li>
      ))}
    </ol>
  );
}
