import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobQueue } from '../../common/jobs/job-queue.js';

/** Started eID logins are only needed until they are used or expire; keep a day for support, then delete. */
@Injectable()
export class EidAuthorizationCleanupJob implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.jobs.schedule('identity-verification.eid-authorization-cleanup', '17 3 * * *', async () => {
      await this.run();
    });
  }

  async run(): Promise<number> {
    const result = await this.dataSource.query("DELETE FROM eid_authorizations WHERE expires_at < now() - interval '1 day'");
    return Array.isArray(result) ? Number(result[1] ?? 0) : 0;
  }
}
