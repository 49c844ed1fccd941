import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsIn, IsOptional, Matches } from 'class-validator';
import { District } from '../../addresses/index.js';

export enum StatisticsIntervalInput {
  week = 'week',
  month = 'month',
}

registerEnumType(StatisticsIntervalInput, { name: 'StatisticsInterval', description: 'Bucket size of figures over time.' });

const invalid = { context: { messageKey: 'validation.invalid' } };
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Period (Berlin calendar days, both inclusive), district and bucket size; also the query of the statistics export. */
@InputType()
export class StatisticsFilter {
  @Field({ description: 'First day, YYYY-MM-DD.' })
  @Matches(DAY, invalid)
  from: string;

  @Field({ description: 'Last day (inclusive), YYYY-MM-DD.' })
  @Matches(DAY, invalid)
  to: string;

  @Field(() => District, { nullable: true, description: 'Only figures of this district, where the domain records one.' })
  @IsOptional()
  @IsIn(Object.values(District), invalid)
  district?: District;

  @Field(() => StatisticsIntervalInput, { nullable: true, defaultValue: StatisticsIntervalInput.month })
  @IsOptional()
  @IsEnum(StatisticsIntervalInput, invalid)
  interval?: StatisticsIntervalInput;
}
