import type { EntityManager } from 'typeorm';

export interface TransportHandlers {
  onMessage(text: string): void;
  /** The transport lost its subscription for a while and has it again. */
  onReconnected(): void;
}

/** How envelopes travel between processes: PostgreSQL LISTEN/NOTIFY or Redis pub/sub. */
export interface ClusterTransport {
  start(handlers: TransportHandlers): Promise<void>;
  /** Resolves once the first subscription is in place. */
  ready(): Promise<void>;
  send(text: string): Promise<void>;
  /** Sends when the manager's transaction commits; nothing on rollback. */
  sendInTransaction(manager: EntityManager, text: string): Promise<void>;
  stop(): Promise<void>;
}
