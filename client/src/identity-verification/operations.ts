import { graphql } from '../gql';
import type { InPersonIdentificationFieldsFragment, MyIdentityVerificationQuery, VideoIdentificationFieldsFragment } from '../gql/graphql';

// Result types are generated from schema.gql (npm run codegen); these names are what the components use.
export type { VideoIdentificationStatus } from '../gql/graphql';
export type VideoIdentification = VideoIdentificationFieldsFragment;
export type IdentityVerificationStatus = MyIdentityVerificationQuery['myIdentityVerification'];
export type VerifiedIdentity = NonNullable<IdentityVerificationStatus['verifiedIdentity']>;
export type InPersonIdentification = InPersonIdentificationFieldsFragment;

export const IN_PERSON_IDENTIFICATION_FIELDS = graphql(`
  fragment InPersonIdentificationFields on InPersonIdentification {
    id
    status
    bookingCode
    rejectionReason
    createdAt
    decidedAt
    servicePoint {
      id
      name
      address
      kind
    }
  }
`);

export const VIDEO_IDENTIFICATION_FIELDS = graphql(`
  fragment VideoIdentificationFields on VideoIdentification {
    id
    status
    rejectionReason
    createdAt
    decidedAt
  }
`);

export const IDENTITY_VERIFICATION_STATUS_FIELDS = graphql(`
  fragment IdentityVerificationStatusFields on IdentityVerificationStatus {
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
    inPersonIdentificationAvailable
    servicePoints {
      id
      name
      address
      kind
    }
    latestInPersonIdentification {
      ...InPersonIdentificationFields
    }
    assurancePolicy {
      companyCreation
      tradeRegistration
      signatureCertificate
    }
    identificationMethods {
      method
      level
      available
      withoutEuEid
      reachesEveryService
    }
  }
`);

export const MY_IDENTITY_VERIFICATION = graphql(`
  query MyIdentityVerification {
    myIdentityVerification {
      ...IdentityVerificationStatusFields
    }
  }
`);

/** The same, live (graphql-ws): an identification reviewed or decided meanwhile; the first event is the current state. */
export const MY_IDENTITY_VERIFICATION_CHANGED = graphql(`
  subscription MyIdentityVerificationChanged {
    myIdentityVerificationChanged {
      ...IdentityVerificationStatusFields
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

export const BOOK_IN_PERSON_IDENTIFICATION = graphql(`
  mutation BookInPersonIdentification($input: BookInPersonIdentificationInput!) {
    bookInPersonIdentification(input: $input) {
      ...InPersonIdentificationFields
    }
  }
`);

export const CANCEL_IN_PERSON_IDENTIFICATION = graphql(`
  mutation CancelInPersonIdentification($id: ID!) {
    cancelInPersonIdentification(id: $id) {
      ...InPersonIdentificationFields
    }
  }
`);

export const IN_PERSON_IDENTIFICATION_BY_CODE = graphql(`
  query InPersonIdentificationByCode($bookingCode: String!) {
    inPersonIdentificationByCode(bookingCode: $bookingCode) {
      ...InPersonIdentificationFields
    }
  }
`);

export const CONFIRM_IN_PERSON_IDENTIFICATION = graphql(`
  mutation ConfirmInPersonIdentification($input: ConfirmInPersonIdentificationInput!) {
    confirmInPersonIdentification(input: $input) {
      ...InPersonIdentificationFields
    }
  }
`);
