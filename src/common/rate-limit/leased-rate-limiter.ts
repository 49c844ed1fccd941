import { RateLimiterRes } from 'rate-limiter-flexible';

/** What the leased limiter needs from the shared counter (`rate_limits`, one row per key and window). */
export interface LeaseStore {
  /**
   * Adds up to `need + extra` points to the key's counter in one statement (a new window when the
   * stored one ended) and answers how many were granted (0 to need + extra, never past `limit`) and
   * when the window ends (ms since the epoch).
   */
  lease(
    key: string,
    need: number,
    extra: number,
    limit: number,
    durationMs: number,
    now: number,
  ): Promise<{ granted: number; expiresAt: number }>;
}

interface Waiter {
  granted: () => void;
  refused: (error: unknown) => void;
}

interface KeyState {
  /** Points this process holds for the window ending at `expiresAt`. */
  available: number;
  expiresAt: number;
  /** The shared budget of the window was used up: refuse without asking until `expiresAt`. */
  exhausted: boolean;
  waiting: Waiter[];
  leasing: boolean;
}

/** The most points one lease takes beyond what its waiting requests need. */
export const MAX_EXTRA_POINTS = 100;
/** A lease takes extra points only from what is left beyond this share of the remaining budget (1/16). */
export const EXTRA_SHARE_DIVISOR = 16;

/**
 * A fixed-window rate limit (`points` per `durationSeconds` and key) shared by every process through
 * one counter row per key, without one round trip per request: a process leases points from the
 * shared counter and spends them locally; the requests that arrive while a lease is under way wait
 * for it and are covered by the next one together. A lease takes what its waiting requests need plus
 * up to MAX_EXTRA_POINTS in reserve, but never more than 1/EXTRA_SHARE_DIVISOR of what the window has
 * left beyond that need, so that near the end of a budget leases are exact.
 *
 * The bound: every admitted request holds a point counted in the shared row, so the limit is never
 * exceeded across processes. A request may be refused while other processes still hold unspent
 * reserve points of the same window: at most MAX_EXTRA_POINTS per other process, and at most
 * 1/EXTRA_SHARE_DIVISOR of the window's remaining budget at the time each was leased; reserve points
 * left at the end of a window lapse with it.
 */
export class LeasedRateLimiter {
  private readonly keys = new Map<string, KeyState>();
  private readonly durationMs: number;

  constructor(
    private readonly store: LeaseStore,
    private readonly options: { keyPrefix: string; points: number; durationSeconds: number },
  ) {
    this.durationMs = options.durationSeconds * 1000;
  }

  /** Resolves when the request may go ahead; rejects with a RateLimiterRes (msBeforeNext) when over the limit. */
  consume(key: string): Promise<void> {
    const now = Date.now();
    let state = this.keys.get(key);
    if (state && state.expiresAt <= now && !state.leasing) {
      this.keys.delete(key);
      state = undefined;
    }
    if (state && state.expiresAt > now) {
      if (state.available > 0) {
        state.available -= 1;
        return Promise.resolve();
      }
      if (state.exhausted) return Promise.reject(this.refusal(state.expiresAt, now));
    }
    if (!state) {
      state = { available: 0, expiresAt: 0, exhausted: false, waiting: [], leasing: false };
      this.keys.set(key, state);
      this.sweep(now);
    }
    const current = state;
    return new Promise<void>((granted, refused) => {
      current.waiting.push({ granted, refused });
      this.lease(key, current);
    });
  }

  private lease(key: string, state: KeyState): void {
    if (state.leasing || state.waiting.length === 0) return;
    state.leasing = true;
    const need = state.waiting.length;
    const now = Date.now();
    this.store
      .lease(`${this.options.keyPrefix}:${key}`, need, MAX_EXTRA_POINTS, this.options.points, this.durationMs, now)
      .then(
        ({ granted, expiresAt }) => {
          // A new window: what was held for the last one lapsed with it.
          if (expiresAt !== state.expiresAt) state.available = 0;
          state.expiresAt = expiresAt;
          state.available += granted;
          state.exhausted = granted < need;
          const answered = Date.now();
          const served = state.waiting.splice(0, need);
          for (const waiter of served) {
            if (state.available > 0) {
              state.available -= 1;
              waiter.granted();
            } else {
              waiter.refused(this.refusal(expiresAt, answered));
            }
          }
          // Those that came while the lease was under way: from the reserve, refused, or the next lease.
          while (state.waiting.length > 0 && (state.available > 0 || state.exhausted)) {
            const waiter = state.waiting.shift()!;
            if (state.available > 0) {
              state.available -= 1;
              waiter.granted();
            } else {
              waiter.refused(this.refusal(expiresAt, answered));
            }
          }
        },
        (error: unknown) => {
          for (const waiter of state.waiting.splice(0, need)) waiter.refused(error);
        },
      )
      .finally(() => {
        state.leasing = false;
        this.lease(key, state);
      });
  }

  private refusal(expiresAt: number, now: number): RateLimiterRes {
    return new RateLimiterRes(0, Math.max(1, expiresAt - now), this.options.points, false);
  }

  /** Forgets keys whose window ended (at most when a new key comes, so the map stays as small as the active keys). */
  private sweep(now: number): void {
    if (this.keys.size < 1000) return;
    for (const [key, state] of this.keys) if (state.expiresAt <= now && !state.leasing && state.waiting.length === 0) this.keys.delete(key);
  }
}

/**
 * The lease statement on the `rate_limits` table (rate-limiter-flexible's layout: key, points,
 * expire in ms since the epoch), for a row that exists (LEASE_ROW_SQL): the row is locked, a window
 * that ended starts again, and `points` counts the points granted in the window; a grant never takes
 * it past the limit. Parameters: key, need, extra, limit, duration ms, now ms, share divisor.
 */
export const leaseSql = (table: string) => `
  WITH previous AS (
    SELECT CASE WHEN expire IS NULL OR expire <= $6::bigint THEN 0 ELSE points END AS used,
           CASE WHEN expire IS NULL OR expire <= $6::bigint THEN $6::bigint + $5::bigint ELSE expire END AS expire
      FROM ${table} WHERE key = $1 FOR UPDATE
  ), lease AS (
    SELECT used, expire,
           LEAST(GREATEST($4::int - used, 0), $2::int + LEAST($3::int, GREATEST($4::int - used - $2::int, 0) / $7::int)) AS granted
      FROM previous
  )
  UPDATE ${table} AS counter SET points = lease.used + lease.granted, expire = lease.expire
    FROM lease WHERE counter.key = $1
  RETURNING lease.granted AS granted, lease.expire AS expire`;

/** Creates the key's counter row once (a process remembers the keys it created). */
export const leaseRowSql = (table: string) => `INSERT INTO ${table} (key, points, expire) VALUES ($1, 0, 0) ON CONFLICT (key) DO NOTHING`;
