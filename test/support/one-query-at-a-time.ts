// Jest setup (after the environment) for files that boot the application: fails the file when a pg
// client is handed a query while it still runs another, i.e. reads side by side on one transaction's
// connection. pg 8 queues such a query (and deprecates it from the third), pg 9 refuses it;
// src/database/read-all.ts runs such reads one after another on a transaction.
import { afterAll } from '@jest/globals';
import pg from 'pg';

interface ClientState {
  _activeQuery: unknown;
  _queryQueue: unknown[];
}

/** Each place (the first frame in the project's own code) once, with its stack. */
const queued = new Map<string, string>();
// TypeORM's own frames (source-mapped, they read node_modules/typeorm/src/…) are not places of this project.
const TYPEORM_FRAME = /\/src\/(driver|query-builder|query-runner|entity-manager|schema-builder)\//;
/** TypeORM's schema diff reads the catalog side by side; only the migration check runs it, never a request. */
const SCHEMA_DIFF = /\/src\/schema-builder\//;
const placeOf = (stack: string) =>
  stack.split('\n').find((frame) => /\/src\//.test(frame) && !TYPEORM_FRAME.test(frame) && !/\/src\/database\//.test(frame)) ?? stack;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client & ClientState, ...args: unknown[]) {
  if (this._activeQuery || this._queryQueue.length > 0) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 40;
    const stack = new Error('a query handed to a busy pg client').stack ?? '';
    Error.stackTraceLimit = limit;
    if (!SCHEMA_DIFF.test(stack) && !queued.has(placeOf(stack))) queued.set(placeOf(stack), stack);
  }
  return (query as (...parameters: unknown[]) => unknown).apply(this, args);
} as typeof query;

afterAll(() => {
  pg.Client.prototype.query = query;
  if (queued.size > 0) {
    throw new Error(
      `queries were handed to a pg client while it ran another, at ${queued.size} places (use readAll on a transaction's manager):\n` +
        [...queued.values()].join('\n\n'),
    );
  }
});
