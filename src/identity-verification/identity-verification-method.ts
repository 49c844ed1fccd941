import { registerEnumType } from '@nestjs/graphql';

export enum IdentityVerificationMethod {
  eid = 'eid',
  video = 'video',
}

registerEnumType(IdentityVerificationMethod, { name: 'IdentityVerificationMethod', description: 'How the identity was verified.' });
