import { AddressResolver } from './address.resolver.js';
import { AddressPoolAdminResolver } from './pools/address-pool-admin.resolver.js';
import { ResidentMailResolver } from './resident-mail.resolver.js';

/** The GraphQL resolvers of the addresses domain (for the schema CLI, through src/domains.ts). */
export const ADDRESSES_RESOLVERS = [AddressResolver, ResidentMailResolver, AddressPoolAdminResolver];
