import { Controller, Get, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import type { DataSource } from 'typeorm';
import { Public } from '../common/auth/access.decorators.js';
import { DatabaseState } from '../database/database-state.js';

@Controller('health')
@Public()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly state: DatabaseState,
  ) {}

  @Get()
  async check(@Res({ passthrough: true }) reply: FastifyReply) {
    let db: 'up' | 'down' | 'migrating' = 'down';
    if (this.dataSource.isInitialized) {
      try {
        await this.dataSource.query('SELECT 1');
        db = this.state.migrated ? 'up' : 'migrating';
      } catch {
        db = 'down';
      }
    }
    const healthy = db === 'up';
    void reply.status(healthy ? 200 : 503).header('cache-control', 'no-store');
    return { status: healthy ? 'ok' : 'unavailable', db };
  }
}
