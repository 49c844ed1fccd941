import { Field, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsEmail, IsEnum, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { LANGUAGE_CODES } from '../../packages/shared/src/languages.js';
import { District } from '../addresses/index.js';
import { KioskHandoverStep, KioskOffice } from './kiosk-enums.js';

const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
const required = { context: { messageKey: 'validation.required' } };
const maxLength = (max: number) => ({ context: { messageKey: 'validation.max_length', params: { max } } });

@InputType('RegisterKioskDeviceInput', { description: 'A self-service terminal to enrol: what staff call it and where it stands.' })
export class RegisterKioskDeviceInput {
  @Field({ description: 'A name staff recognise, e.g. "Bürgerbüro Mitte, terminal 1".' })
  @trim
  @IsString(required)
  @MinLength(1, required)
  @MaxLength(120, maxLength(120))
  name: string;

  @Field({ description: 'The local centre and where in it.' })
  @trim
  @IsString(required)
  @MinLength(1, required)
  @MaxLength(200, maxLength(200))
  location: string;

  @Field(() => District)
  @IsEnum(District, { context: { messageKey: 'validation.invalid' } })
  district: District;

  @Field(() => KioskOffice, { nullable: true, description: 'Only administrators choose; other staff enrol for their own office.' })
  @IsOptional()
  @IsEnum(KioskOffice, { context: { messageKey: 'validation.invalid' } })
  office?: KioskOffice | null;
}

@InputType('KioskHandoverDraftInput', {
  description: 'The non-secret fields of the step on screen; each step allows only its own (never a password).',
})
export class KioskHandoverDraftInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @trim
  @IsEmail({}, { context: { messageKey: 'validation.email' } })
  @MaxLength(254, maxLength(254))
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn([...LANGUAGE_CODES], { context: { messageKey: 'validation.invalid' } })
  preferredLanguage?: string | null;

  @Field(() => String, { nullable: true, description: 'The news article on screen.' })
  @IsOptional()
  @IsUUID('all', { context: { messageKey: 'validation.invalid' } })
  articleId?: string | null;
}

@InputType('CreateKioskHandoverInput')
export class CreateKioskHandoverInput {
  @Field(() => KioskHandoverStep)
  @IsEnum(KioskHandoverStep, { context: { messageKey: 'validation.invalid' } })
  step: KioskHandoverStep;

  @Field(() => KioskHandoverDraftInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => KioskHandoverDraftInput)
  draft?: KioskHandoverDraftInput | null;
}
