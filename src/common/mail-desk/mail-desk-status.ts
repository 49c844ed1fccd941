/** How a mailbox's letters are handled; each domain's `MailHandling` enum has exactly these values. */
export type MailDeskHandling = 'scan' | 'forward' | 'hold';

/** A domain's letter status enum: the same five values under the domain's own GraphQL name. */
export interface MailDeskStatusEnum<S extends string> {
  scanned: S;
  awaiting_forwarding: S;
  forwarded: S;
  awaiting_pickup: S;
  picked_up: S;
}

export interface MailDeskStatuses<S extends string> {
  /** A new letter's status by its handling: a scan is done at once, the others wait for staff. */
  initial: Record<MailDeskHandling, S>;
  /** The status after staff complete a waiting letter; absent for a letter that is done. */
  completed: Partial<Record<S, S>>;
}

export function mailDeskStatuses<S extends string>(status: MailDeskStatusEnum<S>): MailDeskStatuses<S> {
  return {
    initial: { scan: status.scanned, forward: status.awaiting_forwarding, hold: status.awaiting_pickup },
    completed: { [status.awaiting_forwarding]: status.forwarded, [status.awaiting_pickup]: status.picked_up } as Partial<Record<S, S>>,
  };
}
