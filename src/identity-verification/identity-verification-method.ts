import { registerEnumType } from '@nestjs/graphql';

export enum IdentityVerificationMethod {
  eid = 'eid',
  video = 'video',
  /** In person at a partner service point or a city self-service terminal (passport chip and face), confirmed by staff. */
  in_person = 'in_person',
}

registerEnumType(IdentityVerificationMethod, { name: 'IdentityVerificationMethod', description: 'How the identity was verified.' });
