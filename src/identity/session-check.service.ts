import { Inject, Injectable, Logger } from '@nestjs/common';
import { ClusterEvents, CLUSTER_RECONNECTED_CHANNEL, type ClusterEventPayload } from '../common/cluster-events/index.js';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AccessTokenClaims } from '../common/auth/access-token.js';
import type { Actor } from '../common/auth/actor.js';
import type { AssuranceLevel } from '../common/auth/assurance-level.js';
import type { Role } from '../common/auth/role.js';
import { SessionVerifier } from '../common/auth/session-verifier.js';

interface Entry {
  accountId: string;
  sessionId: string;
  actor: Actor | null;
  expiresAt: number;
}

/** Tokens remembered at most; beyond, the oldest are dropped (they are looked up again). */
const MAX_ENTRIES = 10_000;
const PENDING = Symbol('session-check-invalidations');

const COMMITTED = Symbol('session-check-announcements');

type Pending = { [PENDING]?: (() => void)[]; [COMMITTED]?: SessionsChanged[] };

/** Cluster event: these sessions or accounts changed; every process forgets what it cached about them. */
export const SESSIONS_CHANGED = 'identity.sessions_changed';
type SessionsChanged = { sessionId: string } | { accountId: string } | { all: true };

/**
 * The session check of every authenticated request: one query tells whether the token's session
 * (refresh-token family) is still live and gives the account's current roles, assurance and
 * language. The answer is cached per token for SESSION_CHECK_CACHE_SECONDS; identity forgets it in
 * this process as soon as a session ends or an account's roles change (again when the changing
 * transaction commits), and in every other process when the cluster event that the commit sends
 * arrives; the short lifetime bounds the lag should an event be lost.
 */
@Injectable()
export class SessionCheck extends SessionVerifier implements EntitySubscriberInterface {
  private readonly cache = new Map<string, Entry>();
  private readonly ttlMs: number;
  /** Bumped by every invalidation, so that a look-up that raced one is not cached. */
  private generation = 0;

  private readonly logger = new Logger('SessionCheck');

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cluster: ClusterEvents,
  ) {
    super();
    this.ttlMs = config.auth.sessionCheckCacheSeconds * 1000;
    // Told when transactions end, to apply the invalidations registered inside them.
    dataSource.subscribers.push(this);
    cluster.subscribe(SESSIONS_CHANGED, (payload) => this.heard(payload));
    cluster.subscribe(CLUSTER_RECONNECTED_CHANNEL, () => this.drop(() => true));
  }

  async actorOf(claims: AccessTokenClaims, token: string): Promise<Actor | null> {
    const cached = this.cache.get(token);
    if (cached && cached.expiresAt > Date.now()) return cached.actor;
    const generation = this.generation;
    const actor = await this.load(claims.sub, claims.sid);
    if (this.ttlMs > 0 && generation === this.generation) {
      this.remember(token, { accountId: claims.sub, sessionId: claims.sid, actor, expiresAt: Date.now() + this.ttlMs });
    }
    return actor;
  }

  /** The session has ended: its tokens are refused from the next request on (after `manager`'s transaction commits). */
  forgetSession(sessionId: string, manager?: EntityManager): void {
    this.forget((entry) => entry.sessionId === sessionId, { sessionId }, manager);
  }

  /** The account's sessions, roles, assurance or language changed (after `manager`'s transaction commits). */
  forgetAccount(accountId: string, manager?: EntityManager): void {
    this.forget((entry) => entry.accountId === accountId, { accountId }, manager);
  }

  /** Every account's roles may have changed (a role's assurance requirement did): all tokens are looked up again. */
  forgetAll(manager?: EntityManager): void {
    this.forget(() => true, { all: true }, manager);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const runner = event.queryRunner;
    const data = runner?.data as Pending | undefined;
    if (runner && !runner.isTransactionActive && data?.[COMMITTED]) {
      const announcements = data[COMMITTED];
      delete data[COMMITTED];
      for (const change of announcements) this.announce(change);
    }
    this.applyPending(runner);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    const data = event.queryRunner?.data as Pending | undefined;
    if (data && !event.queryRunner.isTransactionActive) delete data[COMMITTED];
    this.applyPending(event.queryRunner);
  }

  private async load(accountId: string, sessionId: string): Promise<Actor | null> {
    const rows: { roles: Role[]; assurance_level: AssuranceLevel; preferred_language: string }[] = await this.dataSource.query(
      // A staff role whose required assurance the account does not reach is left out (role_assurance_requirements).
      `SELECT ARRAY(SELECT r::text FROM unnest(a.roles) r
                     WHERE NOT EXISTS (SELECT 1 FROM role_assurance_requirements q
                                        WHERE q.role = r AND q.minimum_assurance > a.assurance_level)) AS roles,
              a.assurance_level, a.preferred_language
         FROM accounts a
        WHERE a.id = $1
          AND EXISTS (SELECT 1 FROM refresh_tokens r
                       WHERE r.family_id = $2 AND r.account_id = a.id AND r.revoked_at IS NULL AND r.expires_at > now())`,
      [accountId, sessionId],
    );
    const [row] = rows;
    if (!row) return null;
    return {
      accountId,
      sessionFamilyId: sessionId,
      roles: row.roles,
      assuranceLevel: row.assurance_level,
      language: row.preferred_language,
    };
  }

  private remember(token: string, entry: Entry): void {
    if (this.cache.size >= MAX_ENTRIES) {
      const now = Date.now();
      for (const [key, old] of this.cache) if (old.expiresAt <= now) this.cache.delete(key);
      // Map iteration is in insertion order: the first keys are the oldest.
      for (const key of this.cache.keys()) {
        if (this.cache.size < MAX_ENTRIES) break;
        this.cache.delete(key);
      }
    }
    this.cache.set(token, entry);
  }

  private forget(matches: (entry: Entry) => boolean, change: SessionsChanged, manager?: EntityManager): void {
    const run = () => this.drop(matches);
    run();
    // A request in between could still read (and cache) the state before the commit: forget again then.
    const runner = manager?.queryRunner as (QueryRunner & { data: Pending }) | undefined;
    if (runner?.isTransactionActive) {
      (runner.data[PENDING] ??= []).push(run);
      (runner.data[COMMITTED] ??= []).push(change);
    } else {
      this.announce(change);
    }
  }

  private drop(matches: (entry: Entry) => boolean): void {
    this.generation += 1;
    for (const [key, entry] of this.cache) if (matches(entry)) this.cache.delete(key);
  }

  /** Tells every process (this one included, harmlessly) once the change is committed. */
  private announce(change: SessionsChanged): void {
    this.cluster
      .publish(SESSIONS_CHANGED, change)
      .catch((error: unknown) => this.logger.error({ err: error }, 'could not tell the other processes'));
  }

  private heard(payload: ClusterEventPayload): void {
    if (payload.all === true) this.drop(() => true);
    else if (typeof payload.sessionId === 'string') this.drop((entry) => entry.sessionId === payload.sessionId);
    else if (typeof payload.accountId === 'string') this.drop((entry) => entry.accountId === payload.accountId);
  }

  private applyPending(runner: QueryRunner | undefined): void {
    if (!runner || runner.isTransactionActive) return;
    const data = runner.data as Pending | undefined;
    const pending = data?.[PENDING];
    if (!pending) return;
    delete data[PENDING];
    for (const run of pending) run();
  }
}
