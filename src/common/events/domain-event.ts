/**
 * An event between domains: its name and its payload type, declared once by the publishing domain
 * in `src/<domain>/<domain>-events.ts` and exported from its `index.ts`. Subscribers import the
 * declaration; they never restate the name or the payload.
 */
export interface DomainEvent<Payload extends object> {
  /** `<domain>.<what happened>`, e.g. `payment.succeeded`; also names the subscribers' job queues. */
  readonly name: string;
  /** Carries the payload type only; never set. */
  readonly payloadType?: Payload;
}

export function domainEvent<Payload extends object>(name: string): DomainEvent<Payload> {
  if (!/^[a-z][a-z0-9_-]*(\.[a-z][a-z0-9_-]*)+$/.test(name)) throw new Error(`invalid domain event name ${name}`);
  return Object.freeze({ name });
}
