import { gql, type TypedDocumentNode } from '@apollo/client';
import type { AssuranceLevel } from '../api/types';

export type VideoIdentificationStatus = 'pending' | 'in_review' | 'approved' | 'rejected';

export interface VerifiedIdentity {
  givenName: string;
  familyName: string;
  birthDate: string;
  nationality: string;
  placeOfBirth: string | null;
  level: AssuranceLevel;
  method: 'eid' | 'video';
  verifiedAt: string;
}

export interface VideoIdentification {
  id: string;
  status: VideoIdentificationStatus;
  rejectionReason: string | null;
  createdAt: string;
  decidedAt: string | null;
}

export interface IdentityVerificationStatus {
  assuranceLevel: AssuranceLevel;
  verifiedIdentity: VerifiedIdentity | null;
  pendingVideoIdentification: VideoIdentification | null;
  latestVideoIdentification: VideoIdentification | null;
  videoIdentificationUrl: string | null;
  videoIdentificationAvailable: boolean;
}

const VIDEO_FIELDS = 'id status rejectionReason createdAt decidedAt';

export const MY_IDENTITY_VERIFICATION: TypedDocumentNode<{ myIdentityVerification: IdentityVerificationStatus }, Record<string, never>> = gql`
  query MyIdentityVerification {
    myIdentityVerification {
      assuranceLevel
      videoIdentificationAvailable
      videoIdentificationUrl
      verifiedIdentity { givenName familyName birthDate nationality placeOfBirth level method verifiedAt }
      pendingVideoIdentification { ${VIDEO_FIELDS} }
      latestVideoIdentification { ${VIDEO_FIELDS} }
    }
  }
`;

export const START_EID_VERIFICATION: TypedDocumentNode<
  { startEidVerification: { authorizationUrl: string; expiresAt: string } },
  { input: { returnTo: string | null } }
> = gql`
  mutation StartEidVerification($input: StartEidVerificationInput) {
    startEidVerification(input: $input) { authorizationUrl expiresAt }
  }
`;

export const START_VIDEO_IDENTIFICATION: TypedDocumentNode<
  { startVideoIdentification: { url: string; session: VideoIdentification } },
  { input: { returnTo: string | null } }
> = gql`
  mutation StartVideoIdentification($input: StartVideoIdentificationInput) {
    startVideoIdentification(input: $input) { url session { ${VIDEO_FIELDS} } }
  }
`;
