import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@InputType()
export class PageInput {
  @Field(() => Int, { defaultValue: 20, description: 'At most 100.' })
  @Min(1, { context: { messageKey: 'validation.invalid' } })
  @Max(100, { context: { messageKey: 'validation.invalid' } })
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;
}

export interface ConnectionShape<T> {
  nodes: T[];
  pageInfo: PageInfo;
}

/** A cursor-paginated list type: `{ nodes, pageInfo { hasNextPage, endCursor } }`. */
export function Connection<T>(node: Type<T>, name: string): Type<ConnectionShape<T>> {
  @ObjectType(name)
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [node])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionType;
}

export function toConnection<T extends { cursor: string }>(items: T[], hasNextPage: boolean): ConnectionShape<T> {
  return { nodes: items, pageInfo: { hasNextPage, endCursor: items.at(-1)?.cursor ?? null } };
}
