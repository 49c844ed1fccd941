import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../../common/jobs/job-queue.js';
import { NewsMailer } from './news-mailer.service.js';
import { NEWS_PUBLISH_QUEUE, NewsService } from './news.service.js';

/** News' background jobs: the scheduled publication (per article, plus a safety net) and the weekly digest. */
@Injectable()
export class NewsJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly news: NewsService,
    private readonly mailer: NewsMailer,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ articleId: string }>(NEWS_PUBLISH_QUEUE, async (job) => {
      await this.news.publishDue(job.data.articleId);
    });
    this.jobs.schedule('participation.news-publish-due', '*/5 * * * *', async () => {
      await this.news.publishAllDue();
    });
    this.jobs.schedule('participation.news-weekly-digest', '0 8 * * 1', async () => {
      await this.mailer.sendWeeklyDigest();
    });
  }
}
