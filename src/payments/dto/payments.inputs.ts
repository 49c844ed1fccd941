import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsDate, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { PaymentPurpose } from '../payment-purpose.js';
import { PaymentStatus } from '../payment-status.js';

const invalid = { context: { messageKey: 'validation.invalid' } };
const trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** Letters, digits, `-` and `_`; a UUID from the client is typical. */
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,100}$/;

@InputType()
export class StartPaymentInput {
  @Field(() => PaymentPurpose)
  @IsEnum(PaymentPurpose, invalid)
  purpose: PaymentPurpose;

  @Field({ description: 'Kind of thing paid for, as registered by its domain, e.g. `demo`.' })
  @Matches(/^[a-z][a-z0-9_]{1,59}$/, invalid)
  subjectType: string;

  @Field({ description: 'Id of the thing paid for.' })
  @Matches(/^[A-Za-z0-9._:-]{1,100}$/, invalid)
  subjectId: string;

  @Field({ description: 'Chosen by the client per attempt; retries with the same key return the same payment.' })
  @Matches(IDEMPOTENCY_KEY, { context: { messageKey: 'payments.invalid_idempotency_key' } })
  idempotencyKey: string;

  @Field({ nullable: true, description: 'A path of the web client to return to after checkout (default `/account`).' })
  @IsOptional()
  @Matches(/^\/(?![/\\])[^\s\\]{0,300}$/, invalid)
  returnPath?: string;
}

@InputType()
export class RefundPaymentInput {
  @Field(() => ID)
  @IsUUID('all', invalid)
  paymentId: string;

  @Field({ description: 'Why the fee is refunded; kept in the audit trail and shown to the payer.' })
  @trim()
  @IsString({ context: { messageKey: 'validation.required' } })
  @MinLength(3, { context: { messageKey: 'validation.min_length', params: { min: 3 } } })
  @MaxLength(500, { context: { messageKey: 'validation.max_length', params: { max: 500 } } })
  reason: string;

  @Field()
  @Matches(IDEMPOTENCY_KEY, { context: { messageKey: 'payments.invalid_idempotency_key' } })
  idempotencyKey: string;
}

@InputType({ description: 'Staff: what to look for among the payments of their office.' })
export class PaymentSearchInput {
  @Field(() => String, { nullable: true, description: 'A payment reference (`BO-P-2026-000123-7`) or the payer’s e-mail address.' })
  @IsOptional()
  @trim()
  @IsString(invalid)
  @MaxLength(320, { context: { messageKey: 'validation.max_length', params: { max: 320 } } })
  text?: string | null;

  @Field(() => PaymentPurpose, { nullable: true })
  @IsOptional()
  @IsEnum(PaymentPurpose, invalid)
  purpose?: PaymentPurpose | null;

  @Field(() => PaymentStatus, { nullable: true })
  @IsOptional()
  @IsEnum(PaymentStatus, invalid)
  status?: PaymentStatus | null;

  @Field(() => Date, { nullable: true, description: 'Created at or after this instant.' })
  @IsOptional()
  @IsDate(invalid)
  createdFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Created before this instant.' })
  @IsOptional()
  @IsDate(invalid)
  createdBefore?: Date | null;
}
