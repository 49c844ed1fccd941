import { spawn, type ChildProcess } from 'node:child_process';
import getPort from 'get-port';
import { connect } from 'node:net';
import { DataSource } from 'typeorm';
import {
  ClusterEventBus,
  ClusterEventError,
  ClusterEvents,
  CLUSTER_RECONNECTED_CHANNEL,
  type ClusterEventPayload,
} from '../src/common/cluster-events/index.js';
import { buildConfig } from '../src/config/app-config.js';
import { createTestApp, type TestApp } from './support/test-app.js';

async function waitForPort(port: number): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nothing listens on port ${port}`);
}

/** The next payload on `channel` that satisfies `match`. */
function next(
  bus: ClusterEvents,
  channel: string,
  match: (payload: ClusterEventPayload) => boolean = () => true,
): Promise<ClusterEventPayload> {
  return new Promise((resolve) => {
    const unsubscribe = bus.subscribe(channel, (payload) => {
      if (!match(payload)) return;
      unsubscribe();
      resolve(payload);
    });
  });
}

/** A second bus with its own pool and connection, as another process would have. */
async function independentBus(
  databaseUrl: string,
  environment: Record<string, string> = {},
): Promise<{ bus: ClusterEventBus; dataSource: DataSource; close(): Promise<void> }> {
  const config = buildConfig({ NODE_ENV: 'test', DATABASE_URL: databaseUrl, ...environment });
  const dataSource = await new DataSource({ type: 'postgres', url: databaseUrl, entities: [], extra: { max: 2 } }).initialize();
  const bus = new ClusterEventBus(config, { url: databaseUrl, embedded: false, stop: async () => undefined }, dataSource);
  await bus.onModuleInit();
  await bus.ready();
  return {
    bus,
    dataSource,
    close: async () => {
      await bus.close();
      await dataSource.destroy();
    },
  };
}

function describeBus(mode: 'postgres' | 'redis'): void {
  describe(`cluster events over ${mode}`, () => {
    let redis: ChildProcess | undefined;
    let environment: Record<string, string> = {};
    let test1: TestApp;
    let bus1: ClusterEventBus;
    let other: Awaited<ReturnType<typeof independentBus>>;

    beforeAll(async () => {
      if (mode === 'redis') {
        const port = await getPort();
        redis = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no', '--bind', '127.0.0.1'], {
          stdio: 'ignore',
        });
        await waitForPort(port);
        environment = { REDIS_URL: `redis://127.0.0.1:${port}` };
      }
      test1 = await createTestApp(environment);
      bus1 = test1.app.get(ClusterEventBus);
      await bus1.ready();
      other = await independentBus(test1.databaseUrl, environment);
    });

    afterAll(async () => {
      await other?.close();
      await test1?.close();
      redis?.kill('SIGTERM');
    });

    it('uses the transport the configuration asks for', () => {
      expect(bus1.mode).toBe(mode);
      expect(test1.app.get(ClusterEvents)).toBe(bus1);
    });

    it('delivers an event to every process, the publisher included', async () => {
      const seenByOther = next(other.bus, 'test.ping', (payload) => payload.from === 'one');
      const seenByOne = next(bus1, 'test.ping', (payload) => payload.from === 'one');
      await bus1.publish('test.ping', { from: 'one', n: 1 });
      expect(await seenByOther).toEqual({ from: 'one', n: 1 });
      expect(await seenByOne).toEqual({ from: 'one', n: 1 });

      const back = next(bus1, 'test.ping', (payload) => payload.from === 'other');
      await other.bus.publish('test.ping', { from: 'other' });
      expect(await back).toEqual({ from: 'other' });
    });

    it('sends publishOnCommit only when the transaction commits', async () => {
      const received: ClusterEventPayload[] = [];
      const unsubscribe = other.bus.subscribe('test.commit', (payload) => void received.push(payload));
      const committed = next(other.bus, 'test.commit', (payload) => payload.n === 2);
      await expect(
        test1.app.get(DataSource).transaction(async (manager) => {
          await bus1.publishOnCommit(manager, 'test.commit', { n: 1 });
          throw new Error('rolled back on purpose');
        }),
      ).rejects.toThrow('rolled back on purpose');
      await test1.app.get(DataSource).transaction(async (manager) => {
        await bus1.publishOnCommit(manager, 'test.commit', { n: 2 });
      });
      await committed;
      // Events of one publisher arrive in commit order: the rolled-back one would have come first.
      expect(received).toEqual([{ n: 2 }]);
      unsubscribe();
    });

    it('drops what was published in a savepoint rolled back, and sends the rest on commit', async () => {
      const received: ClusterEventPayload[] = [];
      const unsubscribe = other.bus.subscribe('test.savepoint', (payload) => void received.push(payload));
      const last = next(other.bus, 'test.savepoint', (payload) => payload.step === 'last');
      await test1.app.get(DataSource).transaction(async (manager) => {
        await bus1.publishOnCommit(manager, 'test.savepoint', { step: 'outer' });
        await manager
          .transaction(async (inner) => {
            await bus1.publishOnCommit(inner, 'test.savepoint', { step: 'inner' });
            throw new Error('inner rolled back on purpose');
          })
          .catch(() => undefined);
        await bus1.publishOnCommit(manager, 'test.savepoint', { step: 'last' });
      });
      await last;
      expect(received).toEqual([{ step: 'outer' }, { step: 'last' }]);
      unsubscribe();
    });

    it('keeps delivering when a listener throws', async () => {
      const unsubscribe = other.bus.subscribe('test.faulty', () => {
        throw new Error('listener failure');
      });
      const delivered = next(other.bus, 'test.faulty');
      await bus1.publish('test.faulty', { ok: true });
      expect(await delivered).toEqual({ ok: true });
      unsubscribe();
    });

    it('refuses bad channels and oversized payloads', async () => {
      await expect(bus1.publish('Bad Channel', {})).rejects.toThrow(ClusterEventError);
      await expect(bus1.publish('test.big', { text: 'x'.repeat(7000) })).rejects.toThrow(ClusterEventError);
      expect(() => bus1.subscribe('9lives', () => undefined)).toThrow(ClusterEventError);
    });

    if (mode === 'postgres') {
      it('listens again after its connection was killed, and says so', async () => {
        const reconnected = next(other.bus, CLUSTER_RECONNECTED_CHANNEL);
        await test1.sql(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE application_name = 'bochum-eresidency-events' AND datname = current_database() AND pid <> pg_backend_pid()`,
        );
        await reconnected;
        const after = next(other.bus, 'test.after', (payload) => payload.again === true);
        await bus1.publish('test.after', { again: true });
        expect(await after).toEqual({ again: true });
      });
    }
  });
}

describeBus('postgres');
describeBus('redis');
