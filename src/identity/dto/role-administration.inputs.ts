import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { AssuranceLevel } from '../../common/auth/assurance-level.js';
import { Role } from '../../common/auth/role.js';

@InputType({ description: 'Grants or withdraws one role of another account, with the reason (audited).' })
export class ChangeAccountRoleInput {
  @Field(() => ID) @IsUUID('all', { context: { messageKey: 'validation.uuid' } }) accountId: string;

  @Field(() => Role) @IsEnum(Role, { context: { messageKey: 'identity.roles_not_administered' } }) role: Role;

  @Field({ description: 'Why: kept in the audit trail (1–500 characters).' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ context: { messageKey: 'identity.roles_reason_required' } })
  @IsNotEmpty({ context: { messageKey: 'identity.roles_reason_required' } })
  @MaxLength(500, { context: { messageKey: 'validation.max_length', params: { max: 500 } } })
  reason: string;
}

@InputType()
export class EmailLookupInput {
  @Field()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail({}, { context: { messageKey: 'validation.email' } })
  @MaxLength(254, { context: { messageKey: 'validation.max_length', params: { max: 254 } } })
  email: string;
}

@InputType({ description: 'The level of assurance a staff role needs (low: none), with the reason (audited).' })
export class SetRoleAssuranceInput {
  @Field(() => Role) @IsEnum(Role, { context: { messageKey: 'identity.roles_not_administered' } }) role: Role;

  @Field(() => AssuranceLevel)
  @IsEnum(AssuranceLevel, { context: { messageKey: 'validation.invalid' } })
  minimumAssurance: AssuranceLevel;

  @Field({ description: 'Why: kept in the audit trail (1–500 characters).' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ context: { messageKey: 'identity.roles_reason_required' } })
  @IsNotEmpty({ context: { messageKey: 'identity.roles_reason_required' } })
  @MaxLength(500, { context: { messageKey: 'validation.max_length', params: { max: 500 } } })
  reason: string;
}
