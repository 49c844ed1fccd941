import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { BusinessScope, EstablishmentKindOfTrade } from '../trade-registration-status.js';

const invalid = { context: { messageKey: 'validation.invalid' } };
const maxLength = (max: number) => ({ context: { messageKey: 'validation.max_length', params: { max } } });

@InputType()
export class StartTradeRegistrationInput {
  @Field(() => ID) @IsUUID('all', invalid) companyId: string;
  @Field(() => ID) @IsUUID('all', invalid) establishmentId: string;
}

@InputType()
export class TradePermitInput {
  @Field({ description: 'Which permit, e.g. "Erlaubnis nach § 34c GewO".' }) @IsString() @MaxLength(200, maxLength(200)) kind: string;
  @Field({ description: 'The authority that issued it.' }) @IsString() @MaxLength(200, maxLength(200)) authority: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsString() @MaxLength(10, invalid) issuedOn: string;
}

/** The whole form as the applicant sees it; the rules of the trade office are checked in the service. */
@InputType()
export class TradeRegistrationFormInput {
  @Field(() => ID) @IsUUID('all', invalid) id: string;

  @Field(() => EstablishmentKindOfTrade, { nullable: true })
  @IsOptional()
  @IsEnum(EstablishmentKindOfTrade, invalid)
  establishmentKind?: EstablishmentKindOfTrade | null;

  @Field(() => String, { nullable: true, description: 'What exactly the business does (the office refuses vague descriptions).' })
  @IsOptional()
  @IsString()
  @MaxLength(2000, maxLength(1000))
  activityDescription?: string | null;

  @Field(() => String, { nullable: true, description: 'A subclass of the current WZ edition, e.g. 62.01.9.' })
  @IsOptional()
  @IsString()
  @MaxLength(20, invalid)
  wzCode?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsString()
  @MaxLength(10, invalid)
  startDate?: string | null;

  @Field(() => BusinessScope, { nullable: true })
  @IsOptional()
  @IsEnum(BusinessScope, invalid)
  businessScope?: BusinessScope | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt(invalid)
  employeesFullTime?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt(invalid)
  employeesPartTime?: number | null;

  @Field(() => [TradePermitInput], { nullable: true, description: 'Empty: no permit required.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => TradePermitInput)
  permits?: TradePermitInput[] | null;
}

@InputType()
export class AnswerTradeRegistrationInput extends TradeRegistrationFormInput {
  @Field({ description: 'The answer to the office’s question.' })
  @IsString()
  @MaxLength(8000, maxLength(4000))
  answer: string;
}
