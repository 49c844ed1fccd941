import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { AssuranceLevel, meetsAssurance } from '../../common/auth/assurance-level.js';
import { AuditService } from '../../common/audit/audit.service.js';
import { ClusterEvents } from '../../common/cluster-events/index.js';
import { publishIdentityVerificationChanged } from '../identity-verification-live.js';
import { AccountNotifications } from '../../notifications/index.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { VideoIdentificationSession, VideoIdentificationStatus } from '../entities/video-identification-session.entity.js';
import { isBirthDate, nationalityCode } from '../identity-claims.js';
import { IdentityVerificationException } from '../identity-verification.exception.js';
import { IdentityVerificationMethod } from '../identity-verification-method.js';
import { sanitiseReturnTo } from '../return-to.js';
import { VerificationStartThrottle } from '../verification-start-throttle.js';
import { VerifiedIdentities } from '../verified-identities.service.js';
import {
  VIDEO_IDENTIFICATION_PARTNER,
  type VideoIdentificationPartner,
  type VideoIdentificationResult,
} from './video-identification-partner.js';

const OPEN_STATUSES = [VideoIdentificationStatus.pending, VideoIdentificationStatus.in_review];

/** Video identification sessions with the partner, from start to its decision. */
@Injectable()
export class VideoIdentificationService {
  private readonly logger = new Logger('VideoIdentification');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(VIDEO_IDENTIFICATION_PARTNER) private readonly partner: VideoIdentificationPartner | null,
    private readonly identities: VerifiedIdentities,
    private readonly audit: AuditService,
    private readonly notifications: AccountNotifications,
    private readonly throttle: VerificationStartThrottle,
    private readonly cluster: ClusterEvents,
  ) {}

  get available(): boolean {
    return this.partner !== null;
  }

  /** Starts a session (or resumes the one not yet begun) and returns where the person goes for the call. */
  async start(actor: Actor, returnTo: string | null | undefined): Promise<{ session: VideoIdentificationSession; url: string }> {
    if (!this.partner) throw IdentityVerificationException.videoUnavailable();
    const target = sanitiseReturnTo(returnTo, this.config.publicUrl);
    if (target === undefined) throw IdentityVerificationException.invalidReturnTo();
    await this.throttle.consume(actor.accountId);
    const level = await this.identities.currentLevel(actor.accountId);
    if (meetsAssurance(level, AssuranceLevel.substantial) && (await this.identities.of(actor.accountId)))
      throw IdentityVerificationException.alreadySubstantial();
    return this.dataSource.transaction(async (manager) => {
      // One open session per account: serialise concurrent starts of the same person.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`video-ident:${actor.accountId}`]);
      const open = await manager.findOne(VideoIdentificationSession, {
        where: { accountId: actor.accountId, status: In(OPEN_STATUSES) },
        order: { createdAt: 'DESC' },
      });
      if (open?.status === VideoIdentificationStatus.in_review) throw IdentityVerificationException.videoSessionPending();
      if (open) {
        open.returnTo = target;
        await manager.save(open);
        return { session: open, url: this.partnerUrl(open) };
      }
      const session = manager.create(VideoIdentificationSession, {
        accountId: actor.accountId,
        partner: this.partner!.name,
        partnerReference: `pending-${crypto.randomUUID()}`,
        returnTo: target,
      });
      await manager.save(session);
      const opened = await this.partner!.open({ id: session.id, language: actor.language });
      session.partnerReference = opened.reference;
      await manager.save(session);
      await this.audit.record(
        {
          action: 'identity_verification.video_started',
          actorAccountId: actor.accountId,
          subjectType: 'video_identification_session',
          subjectId: session.id,
          details: { partner: session.partner },
        },
        manager,
      );
      return { session, url: opened.url };
    });
  }

  /** The decision usually comes after the person left the page: tell them by e-mail. */
  private async tellPerson(manager: EntityManager, session: VideoIdentificationSession): Promise<void> {
    const template =
      session.status === VideoIdentificationStatus.approved ? 'identityVerification.video_approved' : 'identityVerification.video_rejected';
    const link = `${this.config.publicUrl}${session.returnTo ?? '/identity'}`;
    await this.notifications.notify(manager, session.accountId, { email: { template, params: { link } } });
  }

  async latestOf(accountId: string): Promise<VideoIdentificationSession | null> {
    return this.dataSource.getRepository(VideoIdentificationSession).findOne({ where: { accountId }, order: { createdAt: 'DESC' } });
  }

  /** The partner's page for an open session (the sandbox builds it from the reference). */
  partnerUrl(session: VideoIdentificationSession): string {
    return `${this.config.publicUrl}${this.config.identityVerification.video.sandbox.path}/sessions/${encodeURIComponent(session.partnerReference)}`;
  }

  async byReference(reference: string, manager: EntityManager = this.dataSource.manager): Promise<VideoIdentificationSession | null> {
    if (!reference || reference.length > 200) return null;
    return manager.findOneBy(VideoIdentificationSession, { partnerReference: reference });
  }

  /** The person finished the call; the partner now decides. */
  async markInReview(manager: EntityManager, reference: string): Promise<VideoIdentificationSession | null> {
    const session = await manager.findOne(VideoIdentificationSession, {
      where: { partnerReference: reference },
      lock: { mode: 'pessimistic_write' },
    });
    if (!session || session.status !== VideoIdentificationStatus.pending) return null;
    session.status = VideoIdentificationStatus.in_review;
    await publishIdentityVerificationChanged(this.cluster, manager, session.accountId);
    return manager.save(session);
  }

  /** The partner's decision; applied once (later deliveries of the same decision change nothing). */
  async applyResult(reference: string, result: VideoIdentificationResult): Promise<VideoIdentificationSession | null> {
    return this.dataSource.transaction(async (manager) => {
      const session = await manager.findOne(VideoIdentificationSession, {
        where: { partnerReference: reference },
        lock: { mode: 'pessimistic_write' },
      });
      if (!session || !OPEN_STATUSES.includes(session.status)) return session;
      let outcome = result;
      if (outcome.approved) {
        const { person, level } = outcome;
        const nationality = nationalityCode(person.nationality);
        if (!nationality || !isBirthDate(person.birthDate) || !person.givenName.trim() || !person.familyName.trim()) {
          outcome = { approved: false, reason: 'incomplete_data' };
        } else {
          try {
            await this.identities.record(manager, session.accountId, {
              ...person,
              nationality,
              level,
              method: IdentityVerificationMethod.video,
              source: session.partner,
              sourceSubject: session.partnerReference,
            });
          } catch (error) {
            // No statement failed, so the transaction is still usable (the mismatch itself is audited).
            if (!(error instanceof IdentityVerificationException) || error.options.reason !== 'IDENTITY_MISMATCH') throw error;
            outcome = { approved: false, reason: 'identity_mismatch' };
          }
        }
      }
      session.status = outcome.approved ? VideoIdentificationStatus.approved : VideoIdentificationStatus.rejected;
      session.rejectionReason = outcome.approved ? null : outcome.reason;
      session.decidedAt = new Date();
      await manager.save(session);
      await this.audit.record(
        {
          action: outcome.approved ? 'identity_verification.video_approved' : 'identity_verification.video_rejected',
          actorAccountId: null,
          subjectType: 'video_identification_session',
          subjectId: session.id,
          details: { accountId: session.accountId, partner: session.partner, ...(outcome.approved ? {} : { reason: outcome.reason }) },
        },
        manager,
      );
      await this.tellPerson(manager, session);
      await publishIdentityVerificationChanged(this.cluster, manager, session.accountId);
      this.logger.log(`video identification ${session.id}: ${session.status}`);
      return session;
    });
  }
}
