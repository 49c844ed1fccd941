import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { performance } from 'node:perf_hooks';
import { surviveUnrecordedJobEnds } from './common/jobs/unrecorded-job-ends.js';
import { ConfigValidationError, loadConfig, type AppConfig } from './config/app-config.js';
import { connectDatabaseServer, type DatabaseConnection } from './database/database-server.js';
import { HealthController } from './health/health.controller.js';

const STOP_SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/**
 * On SIGTERM/SIGINT: answer not ready for SHUTDOWN_DRAIN_SECONDS while still serving, then stop
 * accepting, let requests in flight finish, stop the job workers, close the pool (all in
 * `app.close()`, in that order), then stop the embedded database, which everything
 * before still needed. Whatever hangs (a database that went away), the process ends within the
 * grace period.
 */
function stopOnSignal(app: NestFastifyApplication, database: DatabaseConnection, config: AppConfig): void {
  const logger = new Logger('Shutdown');
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: stopping within ${config.shutdownGraceMs / 1000} s`);
    // Unreferenced: it never keeps the process alive, but ends it when something else (a client still
    // retrying a vanished database) does, by the signal's own default action.
    setTimeout(() => {
      // What still holds the process, for whoever reads the log afterwards.
      logger.error({ stillActive: process.getActiveResourcesInfo() }, `not ended after ${config.shutdownGraceMs / 1000} s: ending now`);
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    }, config.shutdownGraceMs).unref();
    try {
      if (config.shutdownDrainMs > 0) {
        // Still serving, but not ready: the load balancer takes the process out before its listener closes.
        app.get(HealthController, { strict: false }).startDraining();
        await new Promise((resolve) => setTimeout(resolve, config.shutdownDrainMs));
      }
      await app.close();
      await database.stop();
      logger.log('stopped');
    } catch (error) {
      logger.error({ err: error }, 'stopping failed');
      process.exitCode = 1;
    }
    // Everything is closed in order: end now, rather than wait on a timer some library left behind (after
    // a database outage one sometimes held the process until the grace period ran out). Writes to stdout
    // are synchronous, so the log is complete. The exit code is the one set above (1 when stopping failed).
    setImmediate(process.exit, process.exitCode);
  };
  for (const signal of STOP_SIGNALS) process.on(signal, () => void stop(signal));
}

async function main(): Promise<void> {
  const started = performance.now();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      console.error(error.message);
      process.exitCode = 78; // EX_CONFIG
      return;
    }
    throw error;
  }
  const logger = new Logger('Bootstrap');
  const jobsLogger = new Logger('Jobs');
  surviveUnrecordedJobEnds((error) =>
    jobsLogger.warn({ err: error }, 'could not record the end of a job (database unreachable); it runs again after its expiry'),
  );
  // The application's module graph (most of the start's CPU time) loads while the embedded
  // PostgreSQL starts in its own process, instead of one after the other.
  const bootstrap = import('./bootstrap.js');
  bootstrap.catch(() => undefined); // awaited below; a failure surfaces there
  const database = await connectDatabaseServer(config, (message) => logger.log(message));
  try {
    const { createApp } = await bootstrap;
    const app = await createApp(config, database);
    stopOnSignal(app, database, config);
    await app.listen({ port: config.port, host: config.host });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    new Logger('Bootstrap').log(
      `Bochum e-Residency is ready at ${config.publicUrl} after ${seconds} s (${database.embedded ? 'embedded PostgreSQL' : 'external PostgreSQL'})`,
    );
  } catch (error) {
    await database.stop();
    throw error;
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
  // A half-built application may hold connections open; end the process the way a supervisor would.
  process.kill(process.pid, 'SIGTERM');
});
