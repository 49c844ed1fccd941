import type { Type } from '@nestjs/common';
import { BusinessAddressResolver } from './business-address.resolver.js';
import { ServicePointAdminResolver } from './service-points/service-point-admin.resolver.js';

/** The GraphQL resolvers of business addresses (BusinessAddressModule providers and the schema generator). */
export const BUSINESS_ADDRESS_RESOLVERS: Type[] = [BusinessAddressResolver, ServicePointAdminResolver];
