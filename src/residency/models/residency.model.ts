import { Field, ID, ObjectType } from '@nestjs/graphql';
import { District } from '../../addresses/index.js';
import type { Residency } from '../entities/residency.entity.js';
import { ResidencyCategory } from '../residency-category.js';
import { ResidencyStatus } from '../residency-status.js';

@ObjectType('Residency', { description: 'Being a virtual resident of the city.' })
export class ResidencyModel {
  @Field(() => ID)
  id: string;

  @Field(() => [ResidencyCategory])
  categories: ResidencyCategory[];

  @Field(() => District)
  district: District;

  @Field(() => ResidencyStatus)
  status: ResidencyStatus;

  @Field()
  validFrom: Date;

  @Field()
  validUntil: Date;

  static from(row: Residency): ResidencyModel {
    return Object.assign(new ResidencyModel(), {
      id: row.id,
      categories: row.categories,
      district: row.district,
      status: row.status,
      validFrom: row.validFrom,
      validUntil: row.validUntil,
    });
  }
}
