import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDate, IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { AudienceInput } from '../audience/audience.js';
import { NewsEmailMode, NewsTopic } from './news-enums.js';

export const NEWS_TEXT_LIMITS = { title: 200, teaser: 500, body: 20000 } as const;

@InputType('NewsTranslationInput', { description: 'An article’s texts in one language other than German.' })
export class NewsTranslationInput {
  @Field({ description: 'Language code (en, tr, ar, …).' })
  @IsString()
  @MaxLength(5)
  language: string;

  @Field()
  @IsString()
  @MaxLength(NEWS_TEXT_LIMITS.title)
  title: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(NEWS_TEXT_LIMITS.teaser)
  teaser: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(NEWS_TEXT_LIMITS.body)
  body: string;
}

@InputType('NewsArticleInput', { description: 'A news article as staff write it (German is authoritative).' })
export class NewsArticleInput {
  @Field()
  @IsString()
  @MaxLength(NEWS_TEXT_LIMITS.title)
  titleDe: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(NEWS_TEXT_LIMITS.teaser)
  teaserDe: string;

  @Field({ defaultValue: '', description: 'Markdown; rendered safely (no raw HTML, no images).' })
  @IsString()
  @MaxLength(NEWS_TEXT_LIMITS.body)
  bodyDe: string;

  @Field(() => [NewsTranslationInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => NewsTranslationInput)
  translations: NewsTranslationInput[];

  @Field(() => NewsTopic)
  @IsEnum(NewsTopic)
  topic: NewsTopic;

  @Field(() => AudienceInput)
  @ValidateNested()
  @Type(() => AudienceInput)
  audience: AudienceInput;

  @Field({ defaultValue: false, description: 'Also for everyone signed out: the public news page and the Atom feed.' })
  @IsBoolean()
  isPublic: boolean;
}

@InputType('NewsEmailPreferenceInput')
export class NewsEmailPreferenceInput {
  @Field(() => NewsTopic)
  @IsEnum(NewsTopic)
  topic: NewsTopic;

  @Field(() => NewsEmailMode)
  @IsEnum(NewsEmailMode)
  mode: NewsEmailMode;
}

@InputType('ScheduleNewsArticleInput')
export class ScheduleNewsArticleInput {
  @Field(() => ID)
  @IsString()
  id: string;

  @Field(() => Date, { description: 'When it goes out; must be in the future.' })
  @IsDate()
  publishAt: Date;
}

@InputType('UnsubscribeFromNewsInput')
export class UnsubscribeFromNewsInput {
  @Field({ description: 'The token from the e-mail’s unsubscribe link.' })
  @IsString()
  @MaxLength(100)
  token: string;

  @Field(() => NewsTopic, { nullable: true, description: 'Only this topic; all topics without it.' })
  @IsOptional()
  @IsEnum(NewsTopic)
  topic?: NewsTopic;
}
