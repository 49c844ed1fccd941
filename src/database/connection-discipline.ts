import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

interface Holding {
  manager: EntityManager;
}

/** The transaction (and so the pool connection) the current async call chain holds, if any. */
const holding = new AsyncLocalStorage<Holding | undefined>();

/**
 * Runs `work` as if no transaction were held: for work a transaction starts but does not wait for
 * (a delivery in the background), which may take connections of its own.
 */
export function outsideTransaction<T>(work: () => T): T {
  return holding.run(undefined, work);
}

export class SecondConnectionError extends Error {
  constructor() {
    super('a transaction asked the pool for a second connection; pass its EntityManager on instead');
    this.name = 'SecondConnectionError';
  }
}

/**
 * Outside production, watches the rule "no code path waits for a second pool connection while it
 * holds one": with every connection held by a transaction that waits for one more, the pool (and the
 * whole server) stops. A transaction callback that reaches the pool again, e.g. through
 * `dataSource.manager` or a nested `dataSource.transaction`, is reported with its stack (an error in
 * the log), so tests find every such path.
 */
@Injectable()
export class ConnectionDiscipline implements OnModuleInit {
  private readonly logger = new Logger('ConnectionDiscipline');
  private readonly reported = new Set<string>();
  /** Every second-connection request seen so far (tests assert that it stays 0). */
  violations = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    if (this.config.isProduction) return;
    const dataSource = this.dataSource;
    const transaction = dataSource.transaction.bind(dataSource) as (...args: unknown[]) => Promise<unknown>;
    (dataSource as { transaction: unknown }).transaction = (...args: unknown[]) => {
      const index = args.findIndex((arg) => typeof arg === 'function');
      const work = args[index] as (manager: EntityManager) => Promise<unknown>;
      args[index] = (manager: EntityManager) => holding.run({ manager }, () => work(manager));
      return transaction(...args);
    };
    const driver = dataSource.driver as unknown as { obtainMasterConnection: () => Promise<unknown> };
    const obtain = driver.obtainMasterConnection.bind(driver);
    driver.obtainMasterConnection = () => {
      const held = holding.getStore();
      const runner = held?.manager.queryRunner;
      if (runner && runner.isTransactionActive && !runner.isReleased) this.report(new SecondConnectionError());
      return obtain();
    };
  }

  private report(error: SecondConnectionError): void {
    this.violations += 1;
    const site = (error.stack ?? '').split('\n').slice(2, 8).join('\n');
    if (this.reported.has(site)) return;
    this.reported.add(site);
    this.logger.error({ err: error }, error.message);
  }
}
