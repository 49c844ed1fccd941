import { createHmac } from 'node:crypto';
import type { ConsultationsConfig } from '../config/domains/consultations.config.js';

/** One entry of RTCConfiguration.iceServers. */
export interface IceServer {
  urls: string[];
  username?: string;
  credential?: string;
}

/** What a browser needs to connect its media for one participant of one room. */
export type ConsultationMediaConnection =
  | { mode: 'peer-to-peer'; iceServers: IceServer[] }
  /** An SFU (LiveKit): the browser connects to `url` with `accessToken` instead of to the other browser. */
  | { mode: 'sfu'; url: string; accessToken: string; iceServers: IceServer[] };

export interface ConsultationParticipant {
  bookingId: string;
  accountId: string;
  /** Until when the connection details may be used (the room token's expiry). */
  validUntil: Date;
}

/**
 * The media boundary of a consultation. The server only signals and never sees media on the
 * peer-to-peer path. An SFU for group calls (LiveKit: a room per booking, an access token per
 * participant signed with the LiveKit API secret) implements the same interface, is chosen by
 * CONSULTATION_MEDIA, and the room page then connects with the LiveKit client instead of
 * RTCPeerConnection; signalling (chat, join, leave) keeps using consultationSignals.
 */
export interface ConsultationMediaAdapter {
  readonly mode: ConsultationMediaConnection['mode'];
  connection(participant: ConsultationParticipant, now: Date): ConsultationMediaConnection;
}

export const CONSULTATION_MEDIA_ADAPTER = Symbol('ConsultationMediaAdapter');

/**
 * WebRTC between the two browsers (encrypted end to end by DTLS-SRTP). STUN/TURN servers come from
 * CONSULTATION_ICE_SERVERS; TURN credentials follow coturn's `use-auth-secret` REST API: the username is
 * `<expiry epoch seconds>:<pseudonym>`, the password base64(HMAC-SHA1(secret, username)), so coturn
 * checks them without a database and they stop working at the expiry.
 */
export class PeerToPeerMediaAdapter implements ConsultationMediaAdapter {
  readonly mode = 'peer-to-peer' as const;

  constructor(private readonly config: ConsultationsConfig) {}

  connection(participant: ConsultationParticipant, now: Date): ConsultationMediaConnection {
    const stun = this.config.iceServers.filter((url) => url.startsWith('stun'));
    const turn = this.config.iceServers.filter((url) => url.startsWith('turn'));
    const iceServers: IceServer[] = [];
    if (stun.length > 0) iceServers.push({ urls: stun });
    if (turn.length > 0 && this.config.turnSecret) iceServers.push({ urls: turn, ...turnCredential(this.config, participant, now) });
    return { mode: 'peer-to-peer', iceServers };
  }
}

/** coturn's time-limited credential; the pseudonym keeps account ids out of the TURN server's logs. */
export function turnCredential(
  config: Pick<ConsultationsConfig, 'turnSecret' | 'turnTtlSeconds'>,
  participant: Pick<ConsultationParticipant, 'accountId' | 'bookingId'>,
  now: Date,
): { username: string; credential: string } {
  const secret = config.turnSecret!;
  const expiry = Math.floor(now.getTime() / 1000) + config.turnTtlSeconds;
  const pseudonym = createHmac('sha256', secret)
    .update(`${participant.bookingId}:${participant.accountId}`)
    .digest('base64url')
    .slice(0, 16);
  const username = `${expiry}:${pseudonym}`;
  return { username, credential: createHmac('sha1', secret).update(username).digest('base64') };
}

export function mediaAdapterFor(config: ConsultationsConfig): ConsultationMediaAdapter {
  switch (config.media) {
    case 'peer-to-peer':
      return new PeerToPeerMediaAdapter(config);
  }
}
