import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { DATABASE_CONNECTION } from '../../database/database.module.js';
import type { DatabaseConnection } from '../../database/database-server.js';

export interface SandboxSession {
  id: string;
  idempotencyKey: string;
  paramsHash: string;
  clientReferenceId: string;
  amountTotal: number;
  currency: string;
  description: string;
  locale: string;
  successUrl: string;
  cancelUrl: string;
  status: 'open' | 'complete' | 'expired';
  paymentStatus: 'unpaid' | 'paid';
  paymentIntentId: string;
  paymentIntentStatus: 'requires_payment_method' | 'succeeded' | 'canceled';
  refundId: string | null;
  createdAt: Date;
}

export type NewSandboxSession = Pick<
  SandboxSession,
  'idempotencyKey' | 'paramsHash' | 'clientReferenceId' | 'amountTotal' | 'currency' | 'description' | 'locale' | 'successUrl' | 'cancelUrl'
>;

export type SandboxSettlement = Pick<SandboxSession, 'status' | 'paymentStatus' | 'paymentIntentStatus'>;

export const sandboxId = (prefix: string) => `${prefix}_sandbox_${randomBytes(16).toString('hex')}`;

const COLUMNS = `id, idempotency_key AS "idempotencyKey", params_hash AS "paramsHash", client_reference_id AS "clientReferenceId",
  amount_total AS "amountTotal", currency, description, locale, success_url AS "successUrl", cancel_url AS "cancelUrl", status,
  payment_status AS "paymentStatus", payment_intent_id AS "paymentIntentId", payment_intent_status AS "paymentIntentStatus",
  refund_id AS "refundId", created_at AS "createdAt"`;

/**
 * The sandbox's records, on a connection pool of its own: the sandbox plays an outside system,
 * and the payment service may call it while it holds a connection of the application's pool.
 */
@Injectable()
export class SandboxStore implements OnApplicationShutdown {
  private readonly pool: pg.Pool;

  constructor(@Inject(DATABASE_CONNECTION) database: DatabaseConnection, @Inject(APP_CONFIG) config: AppConfig) {
    const { timeouts } = config.database;
    // The same bounded waits as the application's pool: a busy sandbox answers BUSY, never hangs a request.
    this.pool = new pg.Pool({
      connectionString: database.url,
      max: 2,
      application_name: 'bochum-eresidency-payment-sandbox',
      connectionTimeoutMillis: timeouts.poolAcquireMs,
      lock_timeout: timeouts.lockMs,
      statement_timeout: timeouts.statementMs,
      idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
    });
  }

  /** Creates a session, or returns the one made earlier with the same idempotency key (null when its parameters differ). */
  async create(session: NewSandboxSession): Promise<SandboxSession | null> {
    const inserted = await this.query(
      `INSERT INTO sandbox_checkout_sessions (id, idempotency_key, params_hash, client_reference_id, amount_total, currency, description, locale,
         success_url, cancel_url, status, payment_status, payment_intent_id, payment_intent_status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'open', 'unpaid', $11, 'requires_payment_method')
       ON CONFLICT (idempotency_key) DO NOTHING RETURNING ${COLUMNS}`,
      [
        sandboxId('cs'),
        session.idempotencyKey,
        session.paramsHash,
        session.clientReferenceId,
        session.amountTotal,
        session.currency,
        session.description,
        session.locale,
        session.successUrl,
        session.cancelUrl,
        sandboxId('pi'),
      ],
    );
    const existing =
      inserted[0] ??
      (await this.query(`SELECT ${COLUMNS} FROM sandbox_checkout_sessions WHERE idempotency_key = $1`, [session.idempotencyKey]))[0];
    return existing.paramsHash === session.paramsHash ? existing : null;
  }

  async find(id: string): Promise<SandboxSession | undefined> {
    return (await this.query(`SELECT ${COLUMNS} FROM sandbox_checkout_sessions WHERE id = $1`, [id]))[0];
  }

  /** Moves an open session to its outcome; undefined when it was no longer open. */
  async settle(id: string, settlement: SandboxSettlement): Promise<SandboxSession | undefined> {
    const rows = await this.query(
      `UPDATE sandbox_checkout_sessions SET status = $2, payment_status = $3, payment_intent_status = $4, updated_at = now()
       WHERE id = $1 AND status = 'open' RETURNING ${COLUMNS}`,
      [id, settlement.status, settlement.paymentStatus, settlement.paymentIntentStatus],
    );
    return rows[0];
  }

  /** Refunds a paid session once; `created` is false when it had been refunded before. */
  async refund(paymentIntentId: string): Promise<{ session: SandboxSession; created: boolean } | undefined> {
    const refunded = await this.query(
      `UPDATE sandbox_checkout_sessions SET refund_id = $2, updated_at = now()
       WHERE payment_intent_id = $1 AND payment_status = 'paid' AND refund_id IS NULL RETURNING ${COLUMNS}`,
      [paymentIntentId, sandboxId('re')],
    );
    if (refunded[0]) return { session: refunded[0], created: true };
    const [session] = await this.query(
      `SELECT ${COLUMNS} FROM sandbox_checkout_sessions WHERE payment_intent_id = $1 AND refund_id IS NOT NULL`,
      [paymentIntentId],
    );
    return session ? { session, created: false } : undefined;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }

  private async query(text: string, values: unknown[]): Promise<SandboxSession[]> {
    return (await this.pool.query<SandboxSession>(text, values)).rows;
  }
}
