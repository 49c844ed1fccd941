import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsString, IsUUID, Length, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';

@InputType({ description: 'The card carries the name from the approved residency application.' })
export class RequestCitizenCardInput {
  @Field({ description: 'Client-generated; retries with the same key return the same request.' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{8,100}$/, { context: { messageKey: 'validation.invalid' } })
  idempotencyKey: string;
}

@InputType()
export class DevicePublicKeyInput {
  @Field() @IsIn(['EC'], { context: { messageKey: 'cards.invalid_device_key' } }) kty: string;
  @Field() @IsIn(['P-256'], { context: { messageKey: 'cards.invalid_device_key' } }) crv: string;
  @Field() @IsString() @Length(43, 43, { context: { messageKey: 'cards.invalid_device_key' } }) x: string;
  @Field() @IsString() @Length(43, 43, { context: { messageKey: 'cards.invalid_device_key' } }) y: string;
}

@InputType()
export class ActivateCardInput {
  @Field(() => ID) @IsUUID('all', { context: { messageKey: 'validation.invalid' } }) cardId: string;

  @Field(() => DevicePublicKeyInput, { description: 'The public half of the key this browser made (ECDSA P-256, JWK).' })
  @ValidateNested()
  @Type(() => DevicePublicKeyInput)
  devicePublicKey: DevicePublicKeyInput;
}

@InputType()
export class CardStatusChangeInput {
  @Field(() => ID) @IsUUID('all', { context: { messageKey: 'validation.invalid' } }) cardId: string;

  @Field()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(3, { context: { messageKey: 'cards.reason_required' } })
  @MaxLength(500, { context: { messageKey: 'validation.max_length', params: { max: 500 } } })
  reason: string;
}
