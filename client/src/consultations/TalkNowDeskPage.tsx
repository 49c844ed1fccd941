import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { toAppError } from '../api/appError';
import { useLiveUpdates } from '../api/useLiveUpdates';
import { useSignedInAccount } from '../auth/useSignedInAccount';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { useFormSubmission } from '../forms/useFormSubmission';
import type { AppointmentOffice } from '../gql/graphql';
import { usePageTitle } from '../i18n/usePageTitle';
import { SET_TALK_NOW_DUTY, TAKE_NEXT_TALK_NOW_CALLER, TALK_NOW_DESK, TALK_NOW_QUEUE_CHANGED } from './operations';
import { READ_AGAIN_ON_EVENTS } from '../api/readAgainOnEvents';

/** While on duty with the page open, the duty is confirmed this often (the server counts 15 minutes of silence as off duty). */
const HEARTBEAT_MS = 5 * 60_000;
/** While live updates are down: look at the queue this often. */
const FALLBACK_POLL_MS = 10_000;

/** One office's talk-now desk: on duty or not, how many wait, take the next caller (then the room opens). */
function TalkNowDesk({ office }: { office: AppointmentOffice }) {
  const { t } = useTranslation(['consultations', 'appointments']);
  const navigate = useNavigate();
  const deskQuery = useQuery(TALK_NOW_DESK, { variables: { office }, fetchPolicy: 'cache-and-network', ...READ_AGAIN_ON_EVENTS });
  const desk = deskQuery.data?.talkNowDesk;
  useLiveUpdates(
    TALK_NOW_QUEUE_CHANGED,
    { variables: { office }, skip: !desk, onData: () => void deskQuery.refetch() },
    deskQuery,
    desk?.onDuty ? FALLBACK_POLL_MS : 0,
  );
  const [setDuty] = useMutation(SET_TALK_NOW_DUTY);
  const [takeNext] = useMutation(TAKE_NEXT_TALK_NOW_CALLER);
  const submission = useFormSubmission();
  const onDuty = desk?.onDuty ?? false;
  useEffect(() => {
    if (!onDuty) return undefined;
    const timer = setInterval(() => void setDuty({ variables: { office, onDuty: true } }).catch(() => undefined), HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [onDuty, office, setDuty]);

  const toggle = () =>
    submission.run(async () => {
      await setDuty({ variables: { office, onDuty: !onDuty } });
      await deskQuery.refetch();
    });
  const take = () =>
    submission.run(async () => {
      const result = await takeNext({ variables: { office } });
      const roomId = result.data?.takeNextTalkNowCaller?.roomId;
      if (roomId) void navigate(`/consultations/${roomId}`);
      else await deskQuery.refetch();
    });

  const headingId = `talk-now-desk-${office}`;
  return (
    <section className="stack talk-now" aria-labelledby={headingId} data-testid={`talk-now-desk-${office}`}>
      <h2 className="kern-heading-medium" id={headingId}>
        {t(`appointments:office.${office}`)}
      </h2>
      {deskQuery.error && <ErrorAlert error={toAppError(deskQuery.error)} formFields={[]} />}
      {submission.error && <ErrorAlert error={submission.error} formFields={[]} />}
      {!desk && deskQuery.loading && <LoadingIndicator />}
      {desk && (
        <>
          <p className="kern-body" role="status" data-testid="talk-now-desk-state">
            {desk.onDuty ? t('talkNow.desk.onDuty') : t('talkNow.desk.offDuty')} {t('talkNow.desk.waiting', { number: desk.waiting })}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="kern-btn kern-btn--secondary"
              aria-pressed={desk.onDuty}
              disabled={submission.busy}
              onClick={() => void toggle()}
              data-testid="talk-now-duty"
            >
              <span className="kern-label">{desk.onDuty ? t('talkNow.desk.goOffDuty') : t('talkNow.desk.goOnDuty')}</span>
            </button>
            {desk.onDuty && (
              <button
                type="button"
                className="kern-btn kern-btn--primary"
                disabled={submission.busy || desk.waiting === 0}
                onClick={() => void take()}
                data-testid="talk-now-take"
              >
                <span className="kern-label">{t('talkNow.desk.take')}</span>
              </button>
            )}
          </div>
          {desk.currentCall?.roomId && (
            <p className="kern-body">
              <Link className="kern-link" to={`/consultations/${desk.currentCall.roomId}`} data-testid="talk-now-desk-room">
                {t('talkNow.desk.currentCall')}
              </Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}

const OFFICE_ROLES: Record<AppointmentOffice, string> = {
  economic_development: 'staff_economic_development',
  citizens_office: 'staff_citizens_office',
};

/** Staff: the talk-now desks of the offices one works for (/staff/talk-now). */
export function TalkNowDeskPage() {
  const { t } = useTranslation('consultations');
  usePageTitle(t('talkNow.desk.title'));
  const account = useSignedInAccount();
  const offices = (Object.keys(OFFICE_ROLES) as AppointmentOffice[]).filter(
    (office) => account.roles.includes('admin') || account.roles.some((role) => role === OFFICE_ROLES[office]),
  );
  return (
    <div className="stack-large" data-testid="talk-now-desk-page">
      <h1 className="kern-heading-x-large">{t('talkNow.desk.title')}</h1>
      <p className="kern-body">{t('talkNow.desk.intro')}</p>
      {offices.map((office) => (
        <TalkNowDesk key={office} office={office} />
      ))}
    </div>
  );
}
