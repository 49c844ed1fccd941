import { Field, ObjectType } from '@nestjs/graphql';
import { AssuranceLevel } from '../../common/auth/assurance-level.js';
import { Role } from '../../common/auth/role.js';

@ObjectType('RoleAssurance', { description: 'The level of assurance a staff role needs; below it the role is not used.' })
export class RoleAssuranceModel {
  @Field(() => Role) role: Role;
  @Field(() => AssuranceLevel) minimumAssurance: AssuranceLevel;
}
