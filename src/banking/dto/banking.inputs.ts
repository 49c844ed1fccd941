import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

@InputType({ description: 'Consent to hand over the KYC package shown by bankAccountKycPreview.' })
export class ApplyForBankAccountInput {
  @Field(() => ID) @IsUUID('all', { context: { messageKey: 'validation.invalid' } }) companyId: string;
  @Field(() => ID) @IsUUID('all', { context: { messageKey: 'banking.unknown_bank' } }) bankId: string;
  @Field({ description: 'Must be true: the representative agrees to the hand-over.' }) @IsBoolean() consent: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'contentSha256 of the package shown; CONFLICT (PACKAGE_CHANGED) when the data changed since.',
  })
  @IsOptional()
  @Matches(/^[0-9a-f]{64}$/, { context: { messageKey: 'validation.invalid' } })
  packageSha256?: string | null;

  @Field({ description: 'Client-generated; retries with the same key return the same application.' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{8,100}$/, { context: { messageKey: 'validation.invalid' } })
  idempotencyKey: string;
}

@InputType()
export class AnswerBankDocumentRequestInput {
  @Field(() => ID) @IsUUID('all', { context: { messageKey: 'validation.invalid' } }) documentRequestId: string;

  @Field({ description: 'Upload a file first (REST) if the bank asked for one.' })
  @IsString()
  @MaxLength(2000, { context: { messageKey: 'validation.max_length', params: { max: 2000 } } })
  message: string;
}
