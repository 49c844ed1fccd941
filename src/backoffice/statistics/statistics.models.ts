import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType('StatisticRow')
export class StatisticRowModel {
  @Field({ description: 'A period start or day (YYYY-MM-DD), an enum value, or a name, as the table’s labelKind says.' })
  label: string;

  @Field(() => [Float], { nullable: 'items', description: 'One value per column; null where there is nothing to measure.' })
  values: (number | null)[];
}

@ObjectType('StatisticTable', { description: 'Staff: one table of figures of an office, computed by its domain.' })
export class StatisticTableModel {
  @Field({ description: 'e.g. `residency.applications`.' })
  key: string;

  @Field({ description: '`period`, `day`, `text`, or the catalogue prefix of an enum, e.g. `enums.cardStatus`.' })
  labelKind: string;

  @Field(() => [String])
  columns: string[];

  @Field(() => [StatisticRowModel])
  rows: StatisticRowModel[];

  @Field({ description: 'Whether the district filter narrows these figures.' })
  byDistrict: boolean;
}
