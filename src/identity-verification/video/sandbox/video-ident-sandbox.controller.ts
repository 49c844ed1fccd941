import { Body, Controller, Get, Inject, Param, Post, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../../../common/auth/access.decorators.js';
import { DomainException } from '../../../common/errors/domain.exception.js';
import { JobQueue } from '../../../common/jobs/job-queue.js';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { VideoIdentificationStatus } from '../../entities/video-identification-session.entity.js';
import { isBirthDate, nationalityCode } from '../../identity-claims.js';
import { withQuery } from '../../return-to.js';
import { VideoIdentificationService } from '../video-identification.service.js';
import { sandboxCallPage, sandboxMessagePage, type SandboxForm } from './video-ident-sandbox.pages.js';
import { VIDEO_IDENT_SANDBOX_QUEUE, type SandboxDecisionJob } from './video-ident-sandbox.job.js';

const field = (value: unknown, max = 200) => (typeof value === 'string' ? value.trim().slice(0, max) : '');

/**
 * The local video identification sandbox's own pages (stand-in for the partner's video call):
 * the tester enters the data "shown to the camera". Public like a partner's page: the
 * unguessable session reference is the capability. Development and tests only.
 */
@Controller('dev/video-ident-sandbox/sessions')
@Public()
export class VideoIdentSandboxController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly videoIdentification: VideoIdentificationService,
    private readonly jobs: JobQueue,
  ) {}

  @Get(':reference')
  async page(@Param('reference') reference: string, @Res() reply: FastifyReply) {
    const session = await this.openSession(reference);
    const html =
      session.status === VideoIdentificationStatus.pending
        ? sandboxCallPage(reference, {}, [])
        : sandboxMessagePage('This video call has already ended. The result follows shortly.');
    return reply.code(200).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
  }

  @Post(':reference')
  async submit(@Param('reference') reference: string, @Body() body: Record<string, unknown>, @Res() reply: FastifyReply) {
    const session = await this.openSession(reference);
    const form: Required<SandboxForm> = {
      givenName: field(body?.givenName),
      familyName: field(body?.familyName),
      birthDate: field(body?.birthDate, 10),
      nationality: field(body?.nationality, 3),
      placeOfBirth: field(body?.placeOfBirth),
    };
    const problems = [
      !form.givenName && 'givenName',
      !form.familyName && 'familyName',
      !isBirthDate(form.birthDate) && 'birthDate',
      !nationalityCode(form.nationality) && 'nationality',
    ].filter((problem): problem is string => Boolean(problem));
    if (problems.length > 0) {
      return reply
        .code(400)
        .header('content-type', 'text/html; charset=utf-8')
        .send(sandboxCallPage(reference, form, problems));
    }
    const started = await this.dataSource.transaction(async (manager) => {
      const inReview = await this.videoIdentification.markInReview(manager, reference);
      if (!inReview) return false;
      const job: SandboxDecisionJob = {
        reference,
        person: { ...form, nationality: nationalityCode(form.nationality)!, placeOfBirth: form.placeOfBirth || null },
      };
      const delay = this.config.identityVerification.video.sandbox.decisionDelaySeconds;
      await this.jobs.enqueue(
        manager,
        VIDEO_IDENT_SANDBOX_QUEUE,
        job,
        delay > 0 ? { startAfter: new Date(Date.now() + delay * 1000) } : {},
      );
      return true;
    });
    if (!started && session.status !== VideoIdentificationStatus.pending) {
      return reply
        .code(200)
        .header('content-type', 'text/html; charset=utf-8')
        .send(sandboxMessagePage('This video call has already ended. The result follows shortly.'));
    }
    return reply.redirect(`${this.config.publicUrl}${withQuery(session.returnTo ?? '/identity', { video: 'submitted' })}`, 303);
  }

  private async openSession(reference: string) {
    if (!this.config.identityVerification.video.sandbox.enabled) throw DomainException.notFound();
    const session = await this.videoIdentification.byReference(reference);
    if (!session) throw DomainException.notFound();
    return session;
  }
}
