import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AssuranceLevel } from '../../common/auth/assurance-level.js';
import { VideoIdentificationSession, VideoIdentificationStatus } from '../entities/video-identification-session.entity.js';
import { IdentityVerificationMethod } from '../identity-verification-method.js';
import type { VerifiedIdentity } from '../verified-identities.service.js';

registerEnumType(VideoIdentificationStatus, { name: 'VideoIdentificationStatus' });

@ObjectType('VerifiedIdentity', {
  description: 'The account holder’s identity as confirmed by an eID or a video identification (never typed by the user).',
})
export class VerifiedIdentityModel {
  @Field() givenName: string;
  @Field() familyName: string;
  @Field({ description: 'YYYY-MM-DD' }) birthDate: string;
  @Field({ description: 'ISO 3166-1 alpha-2' }) nationality: string;
  @Field(() => String, { nullable: true }) placeOfBirth: string | null;
  @Field(() => AssuranceLevel) level: AssuranceLevel;
  @Field(() => IdentityVerificationMethod) method: IdentityVerificationMethod;
  @Field(() => GraphQLISODateTime) verifiedAt: Date;

  static from(identity: VerifiedIdentity): VerifiedIdentityModel {
    return Object.assign(new VerifiedIdentityModel(), {
      givenName: identity.givenName,
      familyName: identity.familyName,
      birthDate: identity.birthDate,
      nationality: identity.nationality,
      placeOfBirth: identity.placeOfBirth,
      level: identity.level,
      method: identity.method as IdentityVerificationMethod,
      verifiedAt: identity.verifiedAt,
    });
  }
}

@ObjectType('VideoIdentification')
export class VideoIdentificationModel {
  @Field(() => ID) id: string;
  @Field(() => VideoIdentificationStatus) status: VideoIdentificationStatus;
  @Field(() => String, { nullable: true, description: 'Why the partner rejected it, e.g. `document_not_accepted`.' }) rejectionReason:
    string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt: Date | null;

  static from(session: VideoIdentificationSession): VideoIdentificationModel {
    return Object.assign(new VideoIdentificationModel(), {
      id: session.id,
      status: session.status,
      rejectionReason: session.rejectionReason,
      createdAt: session.createdAt,
      decidedAt: session.decidedAt,
    });
  }
}

@ObjectType('IdentityVerificationStatus')
export class IdentityVerificationStatusModel {
  @Field(() => AssuranceLevel, { description: 'The account’s current level (from the database, not the token).' })
  assuranceLevel: AssuranceLevel;
  @Field(() => VerifiedIdentityModel, { nullable: true }) verifiedIdentity: VerifiedIdentityModel | null;
  @Field(() => VideoIdentificationModel, { nullable: true, description: 'A video identification not yet decided.' })
  pendingVideoIdentification: VideoIdentificationModel | null;
  @Field(() => VideoIdentificationModel, { nullable: true, description: 'The most recent video identification, decided or not.' })
  latestVideoIdentification: VideoIdentificationModel | null;
  @Field(() => String, { nullable: true, description: 'Where to continue a video identification not yet begun.' }) videoIdentificationUrl:
    string | null;
  @Field() videoIdentificationAvailable: boolean;
}

@ObjectType('EidVerificationStart')
export class EidVerificationStartModel {
  @Field({ description: 'Send the browser here (the eID service’s authorization endpoint).' }) authorizationUrl: string;
  @Field(() => GraphQLISODateTime) expiresAt: Date;
}

@ObjectType('VideoIdentificationStart')
export class VideoIdentificationStartModel {
  @Field(() => VideoIdentificationModel) session: VideoIdentificationModel;
  @Field({ description: 'The partner’s page where the video call starts.' }) url: string;
}

@ObjectType('PendingEidSignIn', {
  description: 'A first sign-in with the eID in this browser, waiting for the person to open or link an account.',
})
export class PendingEidSignInModel {
  @Field() givenName: string;
  @Field() familyName: string;
  @Field(() => AssuranceLevel) level: AssuranceLevel;
  @Field(() => GraphQLISODateTime) expiresAt: Date;
}
