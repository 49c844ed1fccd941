import { Args, Context, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { Authenticated, CurrentActor } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import type { GraphqlContext } from '../common/graphql-context.js';
import { LiveUpdates, rereadOnEachEvent, whileSignedInAnd, type LiveEvent } from '../common/live-updates/index.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { StartEidVerificationInput, StartVideoIdentificationInput } from './dto/identity-verification.inputs.js';
import { setEidStateCookie } from './eid/eid-state-cookie.js';
import { EidVerificationService } from './eid/eid-verification.service.js';
import { VideoIdentificationStatus } from './entities/video-identification-session.entity.js';
import { InPersonIdentificationService } from './in-person/in-person-identification.service.js';
import {
  IDENTITY_VERIFICATION_CHANGED,
  isIdentityVerificationChanged,
  type IdentityVerificationChanged,
} from './identity-verification-live.js';
import { IdentityVerificationMethod } from './identity-verification-method.js';
import { METHOD_LEVELS } from './verified-identities.service.js';
import { AssuranceLevel, meetsAssurance } from '../common/auth/assurance-level.js';
import {
  AssurancePolicyModel,
  IdentificationMethodOptionModel,
  InPersonIdentificationModel,
  InPersonServicePointModel,
  EidVerificationStartModel,
  IdentityVerificationStatusModel,
  VerifiedIdentityModel,
  VideoIdentificationModel,
  VideoIdentificationStartModel,
} from './models/identity-verification.models.js';
import { VerifiedIdentities } from './verified-identities.service.js';
import { VideoIdentificationService } from './video/video-identification.service.js';

@Resolver()
export class IdentityVerificationResolver {
  constructor(
    private readonly identities: VerifiedIdentities,
    private readonly eid: EidVerificationService,
    private readonly video: VideoIdentificationService,
    private readonly inPerson: InPersonIdentificationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly live: LiveUpdates,
  ) {}

  @Query(() => IdentityVerificationStatusModel, {
    description: 'The signed-in person’s level of assurance, verified identity and video identification.',
  })
  @Authenticated()
  async myIdentityVerification(@CurrentActor() actor: Actor): Promise<IdentityVerificationStatusModel> {
    // The session first: its decision commits together with the level and identity, so reading
    // those afterwards never shows an approved session with the old level.
    const [latest, latestInPerson] = await Promise.all([this.video.latestOf(actor.accountId), this.inPerson.latestOf(actor.accountId)]);
    const [assuranceLevel, identity] = await Promise.all([
      this.identities.currentLevel(actor.accountId),
      this.identities.of(actor.accountId),
    ]);
    const open =
      latest && (latest.status === VideoIdentificationStatus.pending || latest.status === VideoIdentificationStatus.in_review)
        ? latest
        : null;
    return Object.assign(new IdentityVerificationStatusModel(), {
      assuranceLevel,
      verifiedIdentity: identity ? VerifiedIdentityModel.from(identity) : null,
      pendingVideoIdentification: open ? VideoIdentificationModel.from(open) : null,
      latestVideoIdentification: latest ? VideoIdentificationModel.from(latest) : null,
      videoIdentificationUrl: open?.status === VideoIdentificationStatus.pending ? this.video.partnerUrl(open) : null,
      videoIdentificationAvailable: this.video.available,
      inPersonIdentificationAvailable: this.inPerson.available,
      servicePoints: this.inPerson.servicePoints().map((point) => InPersonServicePointModel.from(point)),
      latestInPersonIdentification: latestInPerson ? InPersonIdentificationModel.from(latestInPerson, this.inPerson.servicePoints()) : null,
      assurancePolicy: this.policy(),
      identificationMethods: this.methods(),
    });
  }

  @Subscription(() => IdentityVerificationStatusModel, {
    description:
      'The signed-in person’s identification as it changes (graphql-ws only): a video identification reviewed or decided, an identification in person decided by staff. The first event comes once registered: the current state, read again.',
    resolve: rereadOnEachEvent((resolver: IdentityVerificationResolver, actor) => resolver.myIdentityVerification(actor)),
  })
  @Authenticated()
  myIdentityVerificationChanged(
    @CurrentActor() actor: Actor,
    @Context() context: GraphqlContext,
  ): AsyncIterableIterator<LiveEvent<IdentityVerificationChanged>> {
    return this.live.events<IdentityVerificationChanged>(IDENTITY_VERIFICATION_CHANGED, {
      // One's own identification only.
      accepts: (payload): payload is typeof payload & IdentityVerificationChanged =>
        isIdentityVerificationChanged(payload) && payload.accountId === actor.accountId,
      stillAllowed: whileSignedInAnd(context, async () => true),
      catchUp: true,
    });
  }

  private policy(): AssurancePolicyModel {
    return Object.assign(new AssurancePolicyModel(), {
      companyCreation: this.identities.requiredFor('company_creation'),
      tradeRegistration: this.identities.requiredFor('trade_registration'),
      signatureCertificate: this.identities.requiredFor('signature_certificate'),
      residencyAutoApproval: this.identities.requiredFor('residency_auto_approval'),
    });
  }

  /** Each method with its level, and whether it carries a founder through every service of the policy. */
  private methods(): IdentificationMethodOptionModel[] {
    const highest = [
      this.identities.requiredFor('company_creation'),
      this.identities.requiredFor('trade_registration'),
      this.identities.requiredFor('signature_certificate'),
    ].reduce((a, b) => (meetsAssurance(a, b) ? a : b), AssuranceLevel.low);
    const available: Record<IdentityVerificationMethod, boolean> = {
      eid: true,
      video: this.video.available,
      in_person: this.inPerson.available,
    };
    return Object.values(IdentityVerificationMethod).map((method) =>
      Object.assign(new IdentificationMethodOptionModel(), {
        method,
        level: METHOD_LEVELS[method],
        available: available[method],
        // The eID needs an eID card of Germany or an EU country (eIDAS); the others take any passport.
        withoutEuEid: method !== IdentityVerificationMethod.eid,
        reachesEveryService: meetsAssurance(METHOD_LEVELS[method], highest),
      }),
    );
  }

  @Mutation(() => EidVerificationStartModel, {
    description: 'Starts an identification with the eID (OpenID Connect); send the browser to `authorizationUrl`.',
  })
  @Authenticated()
  async startEidVerification(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => StartEidVerificationInput, nullable: true }) input: StartEidVerificationInput | null,
    @Context() context: GraphqlContext,
  ): Promise<EidVerificationStartModel> {
    const started = await this.eid.start(actor, input?.returnTo);
    setEidStateCookie(context.reply, started.state, started.expiresAt, this.config.auth.secureCookies);
    return Object.assign(new EidVerificationStartModel(), { authorizationUrl: started.authorizationUrl, expiresAt: started.expiresAt });
  }

  @Mutation(() => VideoIdentificationStartModel, {
    description: 'Starts (or resumes) a video identification with the partner; send the browser to `url`.',
  })
  @Authenticated()
  async startVideoIdentification(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => StartVideoIdentificationInput, nullable: true }) input: StartVideoIdentificationInput | null,
  ): Promise<VideoIdentificationStartModel> {
    const { session, url } = await this.video.start(actor, input?.returnTo);
    return Object.assign(new VideoIdentificationStartModel(), { session: VideoIdentificationModel.from(session), url });
  }
}
