import { registerEnumType } from '@nestjs/graphql';

export enum ResidencyStatus {
  active = 'active',
  ended = 'ended',
}

registerEnumType(ResidencyStatus, { name: 'ResidencyStatus' });
