import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum } from 'class-validator';
import { District } from '../../addresses/index.js';
import { ResidencyCategory } from '../../residency/index.js';

/**
 * Who a news article, an event or a survey is for. A person belongs when any clause matches:
 * `residents` (active virtual residents, narrowed to any of `categories` and any of `districts`;
 * an empty list means all) or `companies` (representatives of a registered company).
 * Stored as jsonb in the owning table (news, events, surveys each keep their own copy).
 */
export interface Audience {
  residents: boolean;
  categories: ResidencyCategory[];
  districts: District[];
  companies: boolean;
}

/** What the audience check knows about one account. */
export interface AudienceProfile {
  accountId: string;
  resident: { categories: ResidencyCategory[]; district: District } | null;
  companyRepresentative: boolean;
}

export function audienceIncludes(audience: Audience, profile: AudienceProfile): boolean {
  if (audience.companies && profile.companyRepresentative) return true;
  if (!audience.residents || !profile.resident) return false;
  const { categories, district } = profile.resident;
  const categoryMatches = audience.categories.length === 0 || audience.categories.some((category) => categories.includes(category));
  const districtMatches = audience.districts.length === 0 || audience.districts.includes(district);
  return categoryMatches && districtMatches;
}

/** An audience must name someone: residents, companies or both. */
export function isEmptyAudience(audience: Audience): boolean {
  return !audience.residents && !audience.companies;
}

@InputType('AudienceInput', {
  description: 'Who it is for: residents (optionally some categories and districts) and/or company representatives.',
})
export class AudienceInput implements Audience {
  @Field()
  @IsBoolean()
  residents: boolean;

  @Field(() => [ResidencyCategory], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(ResidencyCategory, { each: true })
  categories: ResidencyCategory[];

  @Field(() => [District], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(District, { each: true })
  districts: District[];

  @Field()
  @IsBoolean()
  companies: boolean;
}

@ObjectType('Audience')
export class AudienceModel implements Audience {
  @Field()
  residents: boolean;

  @Field(() => [ResidencyCategory])
  categories: ResidencyCategory[];

  @Field(() => [District])
  districts: District[];

  @Field()
  companies: boolean;
}

/** A copy with sorted, distinct lists (what is stored). */
export function normalizeAudience(audience: Audience): Audience {
  return {
    residents: audience.residents,
    categories: [...new Set(audience.categories)].sort(),
    districts: [...new Set(audience.districts)].sort(),
    companies: audience.companies,
  };
}
