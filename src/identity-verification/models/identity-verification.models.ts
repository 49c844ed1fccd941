import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AssuranceLevel } from '../../common/auth/assurance-level.js';
import { VideoIdentificationSession, VideoIdentificationStatus } from '../entities/video-identification-session.entity.js';
import { IdentityVerificationMethod } from '../identity-verification-method.js';
import { InPersonIdentificationSession, InPersonIdentificationStatus } from '../entities/in-person-identification-session.entity.js';
import type { ServicePoint } from '../in-person/in-person-identification-partner.js';
import type { VerifiedIdentity } from '../verified-identities.service.js';

registerEnumType(VideoIdentificationStatus, { name: 'VideoIdentificationStatus' });
registerEnumType(InPersonIdentificationStatus, { name: 'InPersonIdentificationStatus' });

@ObjectType('InPersonServicePoint', { description: 'A partner service point or city self-service terminal for identification in person.' })
export class InPersonServicePointModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() address: string;
  @Field({ description: '`service_point` (staffed counter) or `terminal` (self-service, staff nearby confirm).' }) kind: string;

  static from(point: ServicePoint): InPersonServicePointModel {
    return Object.assign(new InPersonServicePointModel(), { id: point.id, name: point.name, address: point.address, kind: point.kind });
  }
}

@ObjectType('InPersonIdentification', {
  description: 'An identification in person (passport chip and face, confirmed by staff): level high.',
})
export class InPersonIdentificationModel {
  @Field(() => ID) id: string;
  @Field(() => InPersonIdentificationStatus) status: InPersonIdentificationStatus;
  @Field({ description: 'The code to show at the service point.' }) bookingCode: string;
  @Field(() => InPersonServicePointModel, { nullable: true }) servicePoint: InPersonServicePointModel | null;
  @Field(() => String, { nullable: true, description: 'Why it was refused, e.g. `face_not_matched`.' }) rejectionReason: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt: Date | null;

  static from(session: InPersonIdentificationSession, servicePoints: readonly ServicePoint[]): InPersonIdentificationModel {
    const point = servicePoints.find((candidate) => candidate.id === session.servicePointId);
    return Object.assign(new InPersonIdentificationModel(), {
      id: session.id,
      status: session.status,
      bookingCode: session.bookingCode,
      servicePoint: point ? InPersonServicePointModel.from(point) : null,
      rejectionReason: session.rejectionReason,
      createdAt: session.createdAt,
      decidedAt: session.decidedAt,
    });
  }
}

@ObjectType('AssurancePolicy', { description: 'The level of assurance each service needs, as the city configured it.' })
export class AssurancePolicyModel {
  @Field(() => AssuranceLevel) companyCreation: AssuranceLevel;
  @Field(() => AssuranceLevel) tradeRegistration: AssuranceLevel;
  @Field(() => AssuranceLevel, { description: 'The advanced signature certificate of the city CA.' }) signatureCertificate: AssuranceLevel;
  @Field(() => AssuranceLevel) residencyAutoApproval: AssuranceLevel;
}

@ObjectType('IdentificationMethodOption', { description: 'A way to verify one’s identity and the level it reaches.' })
export class IdentificationMethodOptionModel {
  @Field(() => IdentityVerificationMethod) method: IdentityVerificationMethod;
  @Field(() => AssuranceLevel, { description: 'The highest level it gives.' }) level: AssuranceLevel;
  @Field({ description: 'Offered here now.' }) available: boolean;
  @Field({ description: 'Open to people without an eID of an EU country (e.g. with a passport from outside the EU).' })
  withoutEuEid: boolean;
  @Field({ description: 'Reaches the level of every service in the policy, so the whole journey can be finished with it.' })
  reachesEveryService: boolean;
}

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
  @Field() inPersonIdentificationAvailable: boolean;
  @Field(() => [InPersonServicePointModel]) servicePoints: InPersonServicePointModel[];
  @Field(() => InPersonIdentificationModel, { nullable: true, description: 'The most recent identification in person, decided or not.' })
  latestInPersonIdentification: InPersonIdentificationModel | null;
  @Field(() => AssurancePolicyModel) assurancePolicy: AssurancePolicyModel;
  @Field(() => [IdentificationMethodOptionModel], { description: 'Every identification method, with the level it reaches.' })
  identificationMethods: IdentificationMethodOptionModel[];
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
