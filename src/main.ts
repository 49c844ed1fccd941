import { Logger } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { createApp } from './bootstrap.js';
import { ConfigValidationError, loadConfig } from './config/app-config.js';
import { connectDatabaseServer } from './database/database-server.js';

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
  const database = await connectDatabaseServer(config, (message) => logger.log(message));
  try {
    const app = await createApp(config, database);
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
