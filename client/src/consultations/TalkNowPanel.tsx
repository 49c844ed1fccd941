import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { toAppError } from '../api/appError';
import { useLiveUpdates } from '../api/useLiveUpdates';
import { useSession } from '../auth/useSession';
import { Alert } from '../components/Alert';
import { ErrorAlert } from '../components/ErrorAlert';
import { useFormSubmission } from '../forms/useFormSubmission';
import type { AppointmentOffice } from '../gql/graphql';
import { formatDateTime } from '../utils/formatDate';
import {
  CANCEL_TALK_NOW,
  MY_TALK_NOW_REQUEST,
  REQUEST_TALK_NOW,
  TALK_NOW_AVAILABILITY,
  TALK_NOW_NEXT_SLOTS,
  TALK_NOW_REQUEST_CHANGED,
  TALK_NOW_VIDEO_SERVICES,
} from './operations';
import { READ_AGAIN_ON_EVENTS } from '../api/readAgainOnEvents';

/** While live updates are down: look at one's place in the queue this often. */
const FALLBACK_POLL_MS = 10_000;
/** How often a waiting caller's page asks again (the server counts a caller silent for 120 s as gone). */
const CALLER_HEARTBEAT_MS = 30_000;
/** How far ahead the offer looks for a free video slot. */
const OFFER_DAYS = 14;

/** The next free video slot of the office: what a caller is offered when nobody is on duty. */
function NextVideoSlot({ office, bookPath }: { office: AppointmentOffice; bookPath: string }) {
  const { t, i18n } = useTranslation('consultations');
  // Signed out at a terminal: slots are for accounts; the link leads to signing in and booking.
  const signedIn = useSession().status === 'signedIn';
  const services = useQuery(TALK_NOW_VIDEO_SERVICES, { skip: !signedIn });
  const service = (services.data?.appointmentServices ?? []).find((each) => each.office === office && each.video && each.active);
  const from = useMemo(() => new Date().toISOString(), []);
  const slots = useQuery(TALK_NOW_NEXT_SLOTS, {
    variables: { serviceId: service?.id ?? '', from, days: OFFER_DAYS },
    skip: !service || !signedIn,
  });
  const next = slots.data?.appointmentSlots[0];
  if (services.loading || slots.loading) return null;
  return (
    <p className="kern-body" data-testid="talk-now-offer">
      {!signedIn
        ? t('talkNow.offerSignedOut')
        : next && service
          ? t('talkNow.offer', { service: service.name, time: formatDateTime(next.startsAt, i18n.language) })
          : t('talkNow.offerNone')}{' '}
      <Link className="kern-link" to={bookPath}>
        {t('talkNow.book')}
      </Link>
    </p>
  );
}

/**
 * "Talk now" for founders and residents (and the kiosk's "call staff"): whether someone of the office
 * is on duty, a place in the queue, the live news that staff took the call (then the room opens), and
 * leaving the queue. When nobody is on duty, the office's next free video slot is offered instead.
 * The request lives in this component only (nothing stored in the browser).
 */
export function TalkNowPanel({ office, kiosk = false }: { office: AppointmentOffice; kiosk?: boolean }) {
  const { t } = useTranslation(['consultations', 'appointments']);
  const navigate = useNavigate();
  const [requestId, setRequestId] = useState<string | null>(null);
  const availability = useQuery(TALK_NOW_AVAILABILITY, { variables: { office }, fetchPolicy: 'cache-and-network' });
  const requestQuery = useQuery(MY_TALK_NOW_REQUEST, {
    variables: { id: requestId ?? '' },
    skip: !requestId,
    fetchPolicy: 'network-only',
    ...READ_AGAIN_ON_EVENTS,
  });
  const request = requestId ? requestQuery.data?.myTalkNowRequest : undefined;
  const waiting = request?.status === 'waiting';
  useLiveUpdates(
    TALK_NOW_REQUEST_CHANGED,
    {
      variables: { id: requestId ?? '' },
      skip: !requestId || !(waiting || request?.status === 'connected'),
      onData: () => void requestQuery.refetch(),
    },
    requestQuery,
    waiting ? FALLBACK_POLL_MS : 0,
  );
  const [requestTalkNow] = useMutation(REQUEST_TALK_NOW);
  const [cancelTalkNow] = useMutation(CANCEL_TALK_NOW);
  const submission = useFormSubmission();
  const roomId = request?.status === 'connected' ? request.roomId : null;
  useEffect(() => {
    if (roomId) void navigate(`/consultations/${roomId}`);
  }, [roomId, navigate]);
  // While waiting, the page asks again now and then: that keeps the place (a caller whose page went quiet
  // for two minutes has left, and staff skip them).
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => {
      void requestTalkNow({ variables: { office } })
        .then((result) => result.data && setRequestId(result.data.requestTalkNow.id))
        .catch(() => undefined);
    }, CALLER_HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [waiting, office, requestTalkNow]);

  const join = () =>
    submission.run(async () => {
      const result = await requestTalkNow({ variables: { office } });
      if (result.data) setRequestId(result.data.requestTalkNow.id);
    });
  const leave = () =>
    submission.run(async () => {
      if (!requestId) return;
      await cancelTalkNow({ variables: { id: requestId } });
      setRequestId(null);
      await availability.refetch();
    });

  const headingId = `talk-now-${office}`;
  const state = availability.data?.talkNowAvailability;
  // A request that is over (ended, cancelled) no longer holds a place: one may ask again.
  const open = request?.status === 'waiting' || request?.status === 'connected';
  const nobodyOnDuty = !open && (submission.error?.reason === 'NOBODY_ON_DUTY' || (state !== undefined && !state.available));
  return (
    <section className="stack talk-now" aria-labelledby={headingId} data-testid={`talk-now-${office}`}>
      <h2 className="kern-heading-medium" id={headingId}>
        {kiosk ? t('talkNow.kioskTitle') : t('talkNow.title', { office: t(`appointments:office.${office}`) })}
      </h2>
      {availability.error && <ErrorAlert error={toAppError(availability.error)} formFields={[]} />}
      {submission.error && submission.error.reason !== 'NOBODY_ON_DUTY' && <ErrorAlert error={submission.error} formFields={[]} />}
      {!open && state?.available && (
        <>
          <p className="kern-body" role="status" data-testid="talk-now-available">
            {t('talkNow.available', { number: state.waiting })}
          </p>
          <button
            type="button"
            className="kern-btn kern-btn--primary"
            disabled={submission.busy}
            onClick={() => void join()}
            data-testid="talk-now-join"
          >
            <span className="kern-label">{kiosk ? t('talkNow.callStaff') : t('talkNow.join')}</span>
          </button>
        </>
      )}
      {nobodyOnDuty && (
        <>
          <p className="kern-body" role="status" data-testid="talk-now-unavailable">
            {t('talkNow.unavailable')}
          </p>
          <NextVideoSlot office={office} bookPath={kiosk ? '/kiosk/appointments' : '/appointments/book'} />
        </>
      )}
      {waiting && (
        <>
          <Alert variant="info" role="status" title={t('talkNow.waiting')} testId="talk-now-waiting">
            <p className="kern-body">{t('talkNow.ahead', { number: request.ahead ?? 0 })}</p>
          </Alert>
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            disabled={submission.busy}
            onClick={() => void leave()}
            data-testid="talk-now-cancel"
          >
            <span className="kern-label">{t('talkNow.cancel')}</span>
          </button>
        </>
      )}
      {roomId && (
        <p className="kern-body" role="status">
          <Link className="kern-link" to={`/consultations/${roomId}`} data-testid="talk-now-room">
            {t('talkNow.connected')}
          </Link>
        </p>
      )}
      {request && (request.status === 'ended' || request.status === 'cancelled') && (
        <p className="kern-body" role="status" data-testid="talk-now-ended">
          {t('talkNow.ended')}
        </p>
      )}
    </section>
  );
}
