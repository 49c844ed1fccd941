import { registerEnumType } from '@nestjs/graphql';

/** Why someone belongs to the city without living here. */
export enum ResidencyCategory {
  student = 'student',
  commuter = 'commuter',
  second_home = 'second_home',
  former_resident = 'former_resident',
}

registerEnumType(ResidencyCategory, { name: 'ResidencyCategory' });
