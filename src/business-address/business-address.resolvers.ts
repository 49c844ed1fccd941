import type { Type } from '@nestjs/common';
import { BusinessAddressResolver } from './business-address.resolver.js';

/** The GraphQL resolvers of business addresses (AddressesModule providers and the schema generator). */
export const BUSINESS_ADDRESSES_RESOLVERS: Type[] = [BusinessAddressResolver];
