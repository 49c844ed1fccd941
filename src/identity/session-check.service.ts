import { Inject, Injectable } from '@nestjs/common';
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

type Pending = { [PENDING]?: (() => void)[] };

/**
 * The session check of every authenticated request: one query tells whether the token's session
 * (refresh-token family) is still live and gives the account's current roles, assurance and
 * language. The answer is cached per token for SESSION_CHECK_CACHE_SECONDS; identity forgets it in
 * this process as soon as a session ends or an account's roles change (again when the changing
 * transaction commits), and the short lifetime bounds how long other processes may lag.
 */
@Injectable()
export class SessionCheck extends SessionVerifier implements EntitySubscriberInterface {
  private readonly cache = new Map<string, Entry>();
  private readonly ttlMs: number;
  /** Bumped by every invalidation, so that a look-up that raced one is not cached. */
  private generation = 0;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    super();
    this.ttlMs = config.auth.sessionCheckCacheSeconds * 1000;
    // Told when transactions end, to apply the invalidations registered inside them.
    dataSource.subscribers.push(this);
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
    this.forget((entry) => entry.sessionId === sessionId, manager);
  }

  /** The account's sessions, roles, assurance or language changed (after `manager`'s transaction commits). */
  forgetAccount(accountId: string, manager?: EntityManager): void {
    this.forget((entry) => entry.accountId === accountId, manager);
  }

  /** Every account's roles may have changed (a role's assurance requirement did): all tokens are looked up again. */
  forgetAll(manager?: EntityManager): void {
    this.forget(() => true, manager);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    this.applyPending(event.queryRunner);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
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

  private forget(matches: (entry: Entry) => boolean, manager?: EntityManager): void {
    const run = () => {
      this.generation += 1;
      for (const [key, entry] of this.cache) if (matches(entry)) this.cache.delete(key);
    };
    run();
    // A request in between could still read (and cache) the state before the commit: forget again then.
    const runner = manager?.queryRunner as (QueryRunner & { data: Pending }) | undefined;
    if (runner?.isTransactionActive) (runner.data[PENDING] ??= []).push(run);
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
