import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { toAppError } from '../../api/appError';
import { ContentText } from '../../components/ContentLanguage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { usePageTitle } from '../../i18n/usePageTitle';
import { EventWhenWhere, MyEventStatus } from './EventStatus';
import { PARTICIPATION_EVENTS, type ParticipationEvent } from './operations';

function EventCard({ event }: { event: ParticipationEvent }) {
  const { t } = useTranslation('participation');
  return (
    <li className="kern-card kern-card--surface" data-testid="event-card" data-event-id={event.id}>
      <div className="kern-card__container">
        <header className="kern-card__header">
          <h3 className="kern-title">
            <Link className="kern-link" to={`/events/${event.id}`}>
              <ContentText text={event.title} language={event.titleLanguage} />
            </Link>
          </h3>
        </header>
        <div className="kern-card__body stack">
          <p className="kern-body">{t(`events.kinds.${event.kind}`)}</p>
          <EventWhenWhere event={event} />
          <p className="kern-body">
            <MyEventStatus event={event} />
          </p>
        </div>
      </div>
    </li>
  );
}

/** Residents: upcoming events for them, with their own status; their registrations first ("my events"). */
export function EventsPage() {
  const { t } = useTranslation('participation');
  usePageTitle(t('events.title'));
  const { data, loading, error } = useQuery(PARTICIPATION_EVENTS, { fetchPolicy: 'cache-and-network' });
  const events = data?.participationEvents ?? [];
  const mine = events.filter((event) => event.myRegistration && event.myRegistration.status !== 'cancelled');
  const others = events.filter((event) => !mine.includes(event));
  return (
    <div className="stack-large" data-testid="events-page">
      <h1 className="kern-heading-x-large">{t('events.title')}</h1>
      <p className="kern-body">{t('events.intro')}</p>
      {error && <ErrorAlert error={toAppError(error)} formFields={[]} />}
      {loading && !data && <LoadingIndicator />}
      {mine.length > 0 && (
        <section className="stack" aria-labelledby="my-events">
          <h2 id="my-events" className="kern-heading-large">
            {t('events.mine')}
          </h2>
          <ul className="stack plain-list" data-testid="my-events">
            {mine.map((event) => (
              <EventCard key={event.id} event={event} />
            ))}
          </ul>
        </section>
      )}
      <section className="stack" aria-labelledby="upcoming-events">
        <h2 id="upcoming-events" className="kern-heading-large">
          {t('events.upcoming')}
        </h2>
        {data && others.length === 0 && <p className="kern-body">{t('events.none')}</p>}
        <ul className="stack plain-list" data-testid="upcoming-events">
          {others.map((event) => (
            <EventCard key={event.id} event={event} />
          ))}
        </ul>
      </section>
    </div>
  );
}
