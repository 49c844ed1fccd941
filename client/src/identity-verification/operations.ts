import { graphql } from '../gql';
import type { MyIdentityVerificationQuery, VideoIdentificationFieldsFragment } from '../gql/graphql';

// Result types are generated from schema.gql (npm run codegen); these names are what the components use.
export type { VideoIdentificationStatus } from '../gql/graphql';
export type VideoIdentification = VideoIdentificationFieldsFragment;
export type IdentityVerificationStatus = MyIdentityVerificationQuery['myIdentityVerification'];
export type VerifiedIdentity = NonNullable<IdentityVerificationStatus['verifiedIdentity']>;

export const VIDEO_IDENTIFICATION_FIELDS = graphql(`
  fragment VideoIdentificationFields on VideoIdentification {
    id
    status
    rejectionReason
    createdAt
    decidedAt
  }
`);

export const MY_IDENTITY_VERIFICATION = graphql(`
  query MyIdentityVerification {
    myIdentityVerification {
      assuranceLevel
      videoIdentificationAvailable
      videoIdentificationUrl
      verifiedIdentity {
        givenName
        familyName
        birthDate
        nationality
        placeOfBirth
        level
        method
        verifiedAt
      }
      pendingVideoIdentification {
        ...VideoIdentificationFields
      }
      latestVideoIdentification {
        ...VideoIdentificationFields
      }
    }
  }
`);

export const START_EID_VERIFICATION = graphql(`
  mutation StartEidVerification($input: StartEidVerificationInput) {
    startEidVerification(input: $input) {
      authorizationUrl
      expiresAt
    }
  }
`);

export const START_VIDEO_IDENTIFICATION = graphql(`
  mutation StartVideoIdentification($input: StartVideoIdentificationInput) {
    startVideoIdentification(input: $input) {
      url
      session {
        ...VideoIdentificationFields
      }
    }
  }
`);
