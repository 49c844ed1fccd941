import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { toAppError, type AppError } from '../api/appError';
import { Alert } from '../components/Alert';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { TextField } from '../components/TextField';
import type { JoinConsultationRoomMutation } from '../gql/graphql';
import { usePageTitle } from '../i18n/usePageTitle';
import { setCallInProgress } from './callInProgress';
import { ConsultationPeer, type OutgoingSignal } from './ConsultationPeer';
import { CANCEL_TALK_NOW, CONSULTATION_SIGNALS, JOIN_CONSULTATION_ROOM, JOIN_TALK_NOW_ROOM, SEND_CONSULTATION_SIGNAL } from './operations';
import './consultations.css';

type Room = JoinConsultationRoomMutation['joinConsultationRoom'];
type Presence = 'waiting' | 'connecting' | 'connected' | 'left';
interface ChatMessage {
  id: number;
  mine: boolean;
  text: string;
  at: string;
}

/** Still not connected after this long: close the connection and greet again (the other side starts afresh too). */
const GREET_AGAIN_AFTER_MS = 15_000;
/** The page asks for a fresh room token when this share of its lifetime has passed. */
const RENEW_AT_SHARE = 0.6;

function useLocalMedia(): { stream: MediaStream | null; failed: boolean; ready: boolean } {
  const [state, setState] = useState<{ stream: MediaStream | null; failed: boolean; ready: boolean }>({
    stream: null,
    failed: false,
    ready: false,
  });
  useEffect(() => {
    let stopped = false;
    let acquired: MediaStream | null = null;
    if (!navigator.mediaDevices?.getUserMedia) {
      setState({ stream: null, failed: true, ready: true });
      return;
    }
    navigator.mediaDevices
      .getUserMedia({ audio: true, video: true })
      .then((stream) => {
        acquired = stream;
        if (stopped) stream.getTracks().forEach((track) => track.stop());
        else setState({ stream, failed: false, ready: true });
      })
      .catch(() => {
        if (!stopped) setState({ stream: null, failed: true, ready: true });
      });
    return () => {
      stopped = true;
      acquired?.getTracks().forEach((track) => track.stop());
    };
  }, []);
  return state;
}

function VideoView({ stream, label, muted, testId }: { stream: MediaStream | null; label: string; muted: boolean; testId: string }) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    if (ref.current && ref.current.srcObject !== stream) ref.current.srcObject = stream;
  }, [stream]);
  return <video ref={ref} className="consultation-video" aria-label={label} autoPlay playsInline muted={muted} data-testid={testId} />;
}

/**
 * The video room of one appointment (/consultations/:bookingId): the booker and the assigned staff
 * member see and hear each other (WebRTC, peer to peer), share a screen and write messages that only
 * pass through the server (nothing is stored). Until the other person is there, it says so.
 */
export function ConsultationRoomPage() {
  const { bookingId = '' } = useParams();
  // The room of a talk-now call is `now-<call id>`; any other is a booking's.
  const talkNowId = bookingId.startsWith('now-') ? bookingId.slice('now-'.length) : null;
  const [cancelTalkNow] = useMutation(CANCEL_TALK_NOW);
  const { t, i18n } = useTranslation('consultations');
  usePageTitle(t('title'));
  const navigate = useNavigate();
  const client = useApolloClient();
  const [joinRoom] = useMutation(JOIN_CONSULTATION_ROOM);
  const [sendSignal] = useMutation(SEND_CONSULTATION_SIGNAL);
  // The mutate functions through refs: the effects below run once per room, whatever Apollo hands out per render.
  const [joinTalkNowRoom] = useMutation(JOIN_TALK_NOW_ROOM);
  const mutations = useRef({ joinRoom, joinTalkNowRoom, sendSignal });
  mutations.current = { joinRoom, joinTalkNowRoom, sendSignal };
  const media = useLocalMedia();
  const [room, setRoom] = useState<Room | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [presence, setPresence] = useState<Presence>('waiting');
  const [remote, setRemote] = useState<MediaStream | null>(null);
  const [microphone, setMicrophone] = useState(true);
  const [camera, setCamera] = useState(true);
  const [sharing, setSharing] = useState<MediaStreamTrack | null>(null);
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  const [draft, setDraft] = useState('');
  const [sendError, setSendError] = useState<AppError | null>(null);
  const [left, setLeft] = useState(false);
  const token = useRef<string>('');
  const peer = useRef<ConsultationPeer | null>(null);
  const outbox = useRef<Promise<unknown>>(Promise.resolve());
  const nextMessageId = useRef(1);

  const join = useCallback(async () => {
    try {
      // A talk-now call's room (`now-<call id>`) or a booking's.
      const joined = talkNowId
        ? (await mutations.current.joinTalkNowRoom({ variables: { callId: talkNowId } })).data?.joinTalkNowRoom
        : (await mutations.current.joinRoom({ variables: { bookingId } })).data?.joinConsultationRoom;
      if (!joined) return null;
      token.current = joined.roomToken;
      setError(null);
      return joined;
    } catch (caught) {
      setError(toAppError(caught));
      return null;
    }
  }, [bookingId]);

  // Signals leave one after the other (an answer never overtakes its offer from this side).
  const send = useCallback((signal: OutgoingSignal) => {
    const sending = outbox.current.then(() =>
      mutations.current.sendSignal({ variables: { roomToken: token.current, kind: signal.kind, payload: signal.payload ?? null } }),
    );
    outbox.current = sending.catch(() => undefined);
    return sending;
  }, []);

  useEffect(() => {
    let cancelled = false;
    void join().then((joined) => {
      if (!cancelled && joined) setRoom(joined);
    });
    return () => {
      cancelled = true;
    };
  }, [join]);

  // A fresh token before the old one runs out (the subscription keeps running; sending needs a valid token).
  useEffect(() => {
    if (!room || left) return;
    const lifetime = new Date(room.tokenExpiresAt).getTime() - Date.now();
    const timer = setTimeout(() => void join().then((joined) => joined && setRoom(joined)), Math.max(5_000, lifetime * RENEW_AT_SHARE));
    return () => clearTimeout(timer);
  }, [room, join, left]);

  const roomReady = room !== null;
  useEffect(() => {
    if (!roomReady || !media.ready || left) return;
    const created = new ConsultationPeer(
      {
        iceServers: room!.iceServers.map((server) => ({
          urls: server.urls,
          username: server.username ?? undefined,
          credential: server.credential ?? undefined,
        })),
      },
      room!.role === 'booker',
      media.stream,
      {
        send: (signal) => void send(signal).catch(() => undefined),
        onRemoteStream: setRemote,
        onConnectionState: (state) => {
          if (state === 'connected') setPresence('connected');
          else if (state === 'failed' || state === 'disconnected') setPresence('connecting');
        },
      },
    );
    peer.current = created;
    const subscription = client.subscribe({ query: CONSULTATION_SIGNALS, variables: { roomToken: token.current } }).subscribe({
      next: ({ data }) => {
        const signal = data?.consultationSignals;
        if (!signal) return;
        switch (signal.kind) {
          case 'join':
            // The other person arrived (or came back): answer "here too" on their "hello", start afresh.
            if (signal.payload === 'hello') void send({ kind: 'join', payload: 'welcome' }).catch(() => undefined);
            if (signal.payload === 'hello' || !created.active) created.restart();
            setPresence((current) => (current === 'connected' ? current : 'connecting'));
            break;
          case 'leave':
            created.close();
            setPresence('left');
            break;
          case 'resync':
            // The server listens for us now (first event) or listens again (events may be lost): say hello.
            void send({ kind: 'join', payload: 'hello' }).catch((caught: unknown) => setError(toAppError(caught)));
            break;
          case 'chat':
            setMessages((current) => [...current, { id: nextMessageId.current++, mine: false, text: signal.payload, at: signal.sentAt }]);
            break;
          case 'offer':
          case 'answer':
          case 'candidate':
            void created.receive(signal.kind, signal.payload).catch(() => undefined);
            break;
        }
      },
      error: (caught: unknown) => setError(toAppError(caught)),
    });
    return () => {
      subscription.unsubscribe();
      created.close();
      peer.current = null;
    };
    // Entered once per room: a renewed token (a new `room`) keeps the running subscription and connection.
  }, [roomReady, media.ready, media.stream, left, client, send]);

  // While the other person is here (or coming), a terminal does not count idle time.
  useEffect(() => {
    setCallInProgress(!left && (presence === 'connected' || presence === 'connecting'));
    return () => setCallInProgress(false);
  }, [presence, left]);

  // Not connected for a while (a lost signal, a connection that never came up): start afresh on both sides.
  useEffect(() => {
    if (!roomReady || left || presence === 'connected' || presence === 'left') return;
    const timer = setInterval(() => {
      peer.current?.close();
      void send({ kind: 'join', payload: 'hello' }).catch(() => undefined);
    }, GREET_AGAIN_AFTER_MS);
    return () => clearInterval(timer);
  }, [roomReady, left, presence, send]);

  // Leaving the page (or the tab) tells the other person.
  useEffect(() => {
    const onUnload = () => {
      if (token.current) void send({ kind: 'leave' });
    };
    window.addEventListener('pagehide', onUnload);
    return () => window.removeEventListener('pagehide', onUnload);
  }, [send]);

  const toggleMicrophone = () => {
    const next = !microphone;
    media.stream?.getAudioTracks().forEach((track) => (track.enabled = next));
    setMicrophone(next);
  };
  const toggleCamera = () => {
    const next = !camera;
    media.stream?.getVideoTracks().forEach((track) => (track.enabled = next));
    setCamera(next);
  };
  const toggleScreen = async () => {
    if (sharing) {
      sharing.stop();
      setSharing(null);
      await peer.current?.shareScreen(null);
      return;
    }
    try {
      const screen = await navigator.mediaDevices.getDisplayMedia({ video: true });
      const track = screen.getVideoTracks()[0];
      track.addEventListener('ended', () => {
        setSharing(null);
        void peer.current?.shareScreen(null);
      });
      setSharing(track);
      await peer.current?.shareScreen(track);
    } catch {
      // Declined in the browser's dialog: nothing to do.
    }
  };
  const leave = async () => {
    setLeft(true);
    sharing?.stop();
    peer.current?.close();
    await send({ kind: 'leave' }).catch(() => undefined);
    media.stream?.getTracks().forEach((track) => track.stop());
    if (talkNowId) {
      // A talk-now call ends when one of the two leaves it.
      await cancelTalkNow({ variables: { id: talkNowId } }).catch(() => undefined);
      void navigate(room?.role === 'staff' ? '/staff/talk-now' : '/consultations/talk-now');
      return;
    }
    void navigate(room?.role === 'staff' ? '/staff/appointments' : '/appointments');
  };
  const sendChat = async (event: FormEvent) => {
    event.preventDefault();
    const text = draft.trim();
    if (!text) return;
    try {
      setSendError(null);
      await send({ kind: 'chat', payload: text });
      setMessages((current) => [...current, { id: nextMessageId.current++, mine: true, text, at: new Date().toISOString() }]);
      setDraft('');
    } catch (caught) {
      setSendError(toAppError(caught));
    }
  };

  const shown = useMemo(() => (sharing ? new MediaStream([sharing]) : media.stream), [sharing, media.stream]);
  const time = (iso: string) => new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
  const backLink = (
    <p className="kern-body">
      <Link className="kern-link" to="/appointments">
        {t('back')}
      </Link>
    </p>
  );

  if (error && !room) {
    const notOpen = error.reason === 'ROOM_NOT_OPEN';
    return (
      <div className="stack-large" data-testid="consultation-refused">
        <h1 className="kern-heading-x-large">{t('title')}</h1>
        <ErrorAlert error={error} formFields={[]} />
        {notOpen && (
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() => void join().then((joined) => joined && setRoom(joined))}
          >
            <span className="kern-label">{t('try_again')}</span>
          </button>
        )}
        {backLink}
      </div>
    );
  }
  if (!room) return <LoadingIndicator />;

  const status =
    presence === 'connected'
      ? t('status.connected')
      : presence === 'left'
        ? t('status.left')
        : presence === 'connecting'
          ? t('status.connecting')
          : room.role === 'staff'
            ? t('status.waiting_booker')
            : t('status.waiting_staff');
  return (
    <div className="stack-large consultation-room" data-testid="consultation-room" data-presence={presence} data-role={room.role}>
      <h1 className="kern-heading-x-large">{t('title')}</h1>
      <p className="kern-body" role="status" data-testid="consultation-status">
        {status}
      </p>
      {error && <ErrorAlert error={error} formFields={[]} />}
      {room.callerTerminal && (
        <p className="kern-body" data-testid="consultation-caller-terminal">
          {t('callerTerminal', { name: room.callerTerminal.name, location: room.callerTerminal.location })}
        </p>
      )}
      {media.failed && (
        <Alert variant="warning" role="status" title={t('media.failed_title')}>
          <p className="kern-body">{t('media.failed')}</p>
        </Alert>
      )}
      <div className="consultation-videos">
        <figure className="consultation-figure">
          <VideoView stream={remote} label={t('video.remote')} muted={false} testId="remote-video" />
          <figcaption className="kern-body">{t('video.remote')}</figcaption>
        </figure>
        <figure className="consultation-figure consultation-figure--self">
          <VideoView stream={shown} label={t('video.local')} muted testId="local-video" />
          <figcaption className="kern-body">{sharing ? t('video.local_screen') : t('video.local')}</figcaption>
        </figure>
      </div>
      <div className="button-row" role="group" aria-label={t('controls.label')}>
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          aria-pressed={!microphone}
          onClick={toggleMicrophone}
          disabled={!media.stream}
          data-testid="toggle-microphone"
        >
          <span className="kern-label">{t('controls.mute')}</span>
        </button>
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          aria-pressed={!camera}
          onClick={toggleCamera}
          disabled={!media.stream}
          data-testid="toggle-camera"
        >
          <span className="kern-label">{t('controls.camera_off')}</span>
        </button>
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          aria-pressed={sharing !== null}
          onClick={() => void toggleScreen()}
          disabled={!media.stream || !navigator.mediaDevices?.getDisplayMedia}
          data-testid="toggle-screen"
        >
          <span className="kern-label">{t('controls.share_screen')}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--primary" onClick={() => void leave()} data-testid="leave">
          <span className="kern-label">{t('controls.leave')}</span>
        </button>
      </div>
      <section className="stack" aria-labelledby="consultation-chat-title">
        <h2 className="kern-heading-medium" id="consultation-chat-title">
          {t('chat.title')}
        </h2>
        <p className="kern-body">{t('chat.privacy')}</p>
        <div className="consultation-chat-log" role="log" aria-live="polite" aria-label={t('chat.log')} tabIndex={0} data-testid="chat-log">
          <ol className="consultation-chat">
            {messages.map((message) => (
              <li key={message.id} className={message.mine ? 'consultation-chat__mine' : undefined} data-testid="chat-message">
                <span className="kern-label">{message.mine ? t('chat.me') : t('chat.other')}</span>{' '}
                <time dateTime={message.at}>{time(message.at)}</time>: <span data-testid="chat-text">{message.text}</span>
              </li>
            ))}
          </ol>
        </div>
        {sendError && <ErrorAlert error={sendError} formFields={[]} />}
        <form className="stack" onSubmit={(event) => void sendChat(event)} data-testid="chat-form">
          <TextField name="message" label={t('chat.message')} value={draft} onChange={setDraft} />
          <div className="button-row">
            <button type="submit" className="kern-btn kern-btn--primary" data-testid="chat-send">
              <span className="kern-label">{t('chat.send')}</span>
            </button>
          </div>
        </form>
      </section>
      {backLink}
    </div>
  );
}
