import type { FastifyReply } from 'fastify';
import type { DataSource } from 'typeorm';
import { DatabaseState } from '../database/database-state.js';
import { HealthController } from './health.controller.js';

function fakeReply() {
  const reply = {
    statusCode: 0,
    status(code: number) {
      reply.statusCode = code;
      return reply;
    },
    header() {
      return reply;
    },
  };
  return reply;
}

describe('HealthController', () => {
  const dataSource = (ok: boolean) =>
    ({
      isInitialized: true,
      query: ok ? async () => [{ '?column?': 1 }] : async () => Promise.reject(new Error('down')),
    }) as unknown as DataSource;

  it('is unavailable (503) while migrations run', async () => {
    const reply = fakeReply();
    const body = await new HealthController(dataSource(true), new DatabaseState()).check(reply as unknown as FastifyReply);
    expect(reply.statusCode).toBe(503);
    expect(body).toEqual({ status: 'unavailable', db: 'migrating' });
  });

  it('is healthy (200) once migrated and reachable, 503 when the database is down', async () => {
    const state = Object.assign(new DatabaseState(), { migrated: true });
    const up = fakeReply();
    expect(await new HealthController(dataSource(true), state).check(up as unknown as FastifyReply)).toEqual({ status: 'ok', db: 'up' });
    expect(up.statusCode).toBe(200);
    const down = fakeReply();
    expect(await new HealthController(dataSource(false), state).check(down as unknown as FastifyReply)).toEqual({
      status: 'unavailable',
      db: 'down',
    });
    expect(down.statusCode).toBe(503);
  });
});
