import type { EntityManager } from 'typeorm';
import type { JobQueue } from '../jobs/job-queue.js';
import { domainEvent } from './domain-event.js';
import { DomainEvents } from './domain-events.js';

interface Paid {
  paymentId: string;
}

const PAID = domainEvent<Paid>('payment.succeeded');
const manager = {} as EntityManager;

function fakeJobs() {
  const handlers = new Map<string, (job: { data: unknown }) => Promise<void>>();
  const enqueued: { queue: string; data: unknown }[] = [];
  const jobs = {
    register: (queue: string, handler: (job: { data: unknown }) => Promise<void>) => handlers.set(queue, handler),
    enqueue: async (_manager: unknown, queue: string, data: unknown) => {
      enqueued.push({ queue, data });
    },
  } as unknown as JobQueue;
  return { jobs, handlers, enqueued };
}

describe('DomainEvents', () => {
  it('gives every subscriber its own queue and hands it the typed payload', async () => {
    const { jobs, handlers, enqueued } = fakeJobs();
    const events = new DomainEvents(jobs);
    const seen: string[] = [];
    events.subscribe(PAID, 'cards', async (payment) => {
      seen.push(payment.paymentId);
    });
    events.subscribe(PAID, 'business-addresses', async () => undefined);
    await events.publish(manager, PAID, { paymentId: 'p1' });
    expect(enqueued).toEqual([
      { queue: 'payment.succeeded.cards', data: { paymentId: 'p1' } },
      { queue: 'payment.succeeded.business-addresses', data: { paymentId: 'p1' } },
    ]);
    await handlers.get('payment.succeeded.cards')!({ data: { paymentId: 'p1' } });
    expect(seen).toEqual(['p1']);
  });

  it('publishes nothing for an event nobody listens to', async () => {
    const { jobs, enqueued } = fakeJobs();
    await new DomainEvents(jobs).publish(manager, domainEvent<Paid>('payment.failed'), { paymentId: 'p2' });
    expect(enqueued).toEqual([]);
  });

  it('refuses event names that are not <domain>.<what happened>', () => {
    expect(() => domainEvent('succeeded')).toThrow('invalid domain event name');
    expect(() => domainEvent('Payment.Succeeded')).toThrow('invalid domain event name');
    expect(domainEvent('banking.application_status_changed').name).toBe('banking.application_status_changed');
  });
});
