import { z } from 'zod';
import type { DomainConfigContext } from './domain-config-context.js';

/** One STUN/TURN address as browsers take it (RFC 7064/7065): stun:, turn: or turns:, host, optional port and query. */
const ICE_URL = /^(stun|stuns|turn|turns):[A-Za-z0-9.\-[\]:]+(\?transport=(udp|tcp))?$/;

/** Environment variables of video consultations (validated with the rest in buildConfig). */
export const consultationsEnvironment = z.object({
  /**
   * STUN/TURN servers the browsers use, comma separated (`stun:stun.example.org:3478,turn:turn.example.org:3478?transport=udp`).
   * Empty: host candidates only (enough on one network and for tests); production behind NAT needs coturn (docs/architecture.md).
   */
  CONSULTATION_ICE_SERVERS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().max(300).regex(ICE_URL, 'must be stun:, stuns:, turn: or turns: host[:port][?transport=udp|tcp]')).max(10)),
  /** coturn's `static-auth-secret` (`use-auth-secret`): TURN credentials are then time-limited HMACs (the TURN REST API). */
  CONSULTATION_TURN_SECRET: z.string().min(32).optional(),
  /** Lifetime of a TURN credential (and of a room token's TURN part). */
  CONSULTATION_TURN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(3600),
  /** How long before the start a room opens. */
  CONSULTATION_OPENS_MINUTES_BEFORE: z.coerce.number().int().min(0).max(120).default(10),
  /** How long after the booked end a room stays open (a consultation that overruns). */
  CONSULTATION_GRACE_MINUTES: z.coerce.number().int().min(0).max(240).default(30),
  /** Lifetime of a room token; the room page fetches a fresh one before it runs out. */
  CONSULTATION_ROOM_TOKEN_MINUTES: z.coerce.number().int().min(1).max(120).default(15),
  /** The media path: `peer-to-peer` (WebRTC between the two browsers). An SFU adapter (LiveKit) takes its place here. */
  CONSULTATION_MEDIA: z.enum(['peer-to-peer']).default('peer-to-peer'),
  /**
   * Signals (offers, answers, ICE candidates, chat lines) one participant may send into one room per
   * minute; beyond, RATE_LIMITED with Retry-After. A call's set-up sends a few dozen.
   */
  CONSULTATION_SIGNALS_PER_MINUTE: z.coerce.number().int().min(10).max(10_000).default(600),
});

export interface ConsultationsConfig {
  iceServers: string[];
  turnSecret?: string;
  turnTtlSeconds: number;
  opensMinutesBefore: number;
  graceMinutes: number;
  roomTokenMinutes: number;
  media: 'peer-to-peer';
  signalsPerMinute: number;
}

export function consultationsConfig(env: z.infer<typeof consultationsEnvironment>, context: DomainConfigContext): ConsultationsConfig {
  const turn = env.CONSULTATION_ICE_SERVERS.filter((url) => url.startsWith('turn'));
  if (turn.length > 0 && !env.CONSULTATION_TURN_SECRET) {
    context.problems.push({
      variable: 'CONSULTATION_TURN_SECRET',
      problem: 'is required when CONSULTATION_ICE_SERVERS lists a TURN server (coturn use-auth-secret)',
    });
  }
  return {
    iceServers: env.CONSULTATION_ICE_SERVERS,
    turnSecret: env.CONSULTATION_TURN_SECRET,
    turnTtlSeconds: env.CONSULTATION_TURN_TTL_SECONDS,
    opensMinutesBefore: env.CONSULTATION_OPENS_MINUTES_BEFORE,
    graceMinutes: env.CONSULTATION_GRACE_MINUTES,
    roomTokenMinutes: env.CONSULTATION_ROOM_TOKEN_MINUTES,
    media: env.CONSULTATION_MEDIA,
    signalsPerMinute: env.CONSULTATION_SIGNALS_PER_MINUTE,
  };
}
