import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../../../common/jobs/job-queue.js';
import type { VideoIdentifiedPerson } from '../video-identification-partner.js';
import { VideoIdentificationService } from '../video-identification.service.js';
import { sandboxDecision } from './video-ident-sandbox.decider.js';

export const VIDEO_IDENT_SANDBOX_QUEUE = 'identity-verification.video-sandbox-decision';

export interface SandboxDecisionJob {
  reference: string;
  person: VideoIdentifiedPerson;
}

/** The sandbox partner "reviews" the call for a while, then reports its decision. */
@Injectable()
export class VideoIdentSandboxJob implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly videoIdentification: VideoIdentificationService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<SandboxDecisionJob>(
      VIDEO_IDENT_SANDBOX_QUEUE,
      async ({ data }) => {
        await this.videoIdentification.applyResult(data.reference, sandboxDecision(data.person));
      },
      { retryLimit: 5, retryDelaySeconds: 5 },
    );
  }
}
