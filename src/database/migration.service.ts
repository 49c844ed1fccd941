import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { DatabaseState } from './database-state.js';
import { runMigrationsLocked } from './migration-runner.js';

@Injectable()
export class MigrationService implements OnModuleInit {
  private readonly logger = new Logger('Migrations');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly state: DatabaseState,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.config.database.skipMigrations) {
      this.logger.warn('DB_SKIP_MIGRATIONS is set: not running migrations');
    } else {
      const applied = await runMigrationsLocked(this.dataSource);
      this.logger.log(applied.length ? `applied ${applied.join(', ')}` : 'schema is up to date');
    }
    this.state.migrated = true;
  }
}
