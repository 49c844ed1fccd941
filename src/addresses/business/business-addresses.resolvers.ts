import type { Type } from '@nestjs/common';

/** The GraphQL resolvers of business addresses (AddressesModule providers and the schema generator). */
export const BUSINESS_ADDRESSES_RESOLVERS: Type[] = [];
