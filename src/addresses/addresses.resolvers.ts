import { AddressResolver } from './address.resolver.js';

/** The GraphQL resolvers of the addresses domain (for the schema CLI, through src/domains.ts). */
export const ADDRESSES_RESOLVERS = [AddressResolver];
