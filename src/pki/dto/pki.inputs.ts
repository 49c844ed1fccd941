import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { CertificateStatusValue } from '../models/certificate.model.js';
import { HolderRevocationReason, RevocationReason } from '../revocation/revocation-reason.js';

@InputType()
export class RequestCertificateInput {
  @Field(() => ID)
  @IsString()
  companyId: string;

  @Field({ description: 'PKCS#10 request (PEM) made on the holder’s device; RSA 2048 or 3072.' })
  @IsString()
  @MaxLength(16_384, { context: { messageKey: 'validation.max_length', params: { max: 16_384 } } })
  csrPem: string;

  @Field({ description: 'The same key returns the same certificate (8–100 characters).' })
  @IsString()
  @MinLength(8, { context: { messageKey: 'validation.min_length', params: { min: 8 } } })
  @MaxLength(100, { context: { messageKey: 'validation.max_length', params: { max: 100 } } })
  @Matches(/^[A-Za-z0-9._:-]+$/, { context: { messageKey: 'validation.invalid' } })
  idempotencyKey: string;
}

@InputType()
export class RevokeMyCertificateInput {
  @Field(() => ID)
  @IsString()
  certificateId: string;

  @Field(() => HolderRevocationReason)
  @IsEnum(HolderRevocationReason)
  reason: HolderRevocationReason;
}

@InputType()
export class StaffRevokeCertificateInput {
  @Field(() => ID)
  @IsString()
  certificateId: string;

  @Field(() => RevocationReason)
  @IsEnum(RevocationReason)
  reason: RevocationReason;

  @Field({ description: 'Why (kept in the audit trail).' })
  @IsString()
  @MinLength(3, { context: { messageKey: 'validation.min_length', params: { min: 3 } } })
  @MaxLength(1000, { context: { messageKey: 'validation.max_length', params: { max: 1000 } } })
  note: string;
}

@InputType()
export class CertificateFilterInput {
  @Field(() => CertificateStatusValue, { nullable: true })
  @IsOptional()
  @IsEnum(CertificateStatusValue)
  status?: CertificateStatusValue;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  companyId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  serialNumber?: string;
}
