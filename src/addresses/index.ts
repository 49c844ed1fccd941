/** The public surface of the addresses domain: address pools and allocation for residents, residents' mail. */
export { AddressesModule } from './addresses.module.js';
export { AddressAllocationService, type AllocationRequest } from './address-allocation.service.js';
export { AddressPoolSeeder } from './address-pool-seeder.js';
export type { AddressPoolDefinition } from './default-address-pools.js';
export { AddressPoolPurpose } from './address-pool-purpose.js';
export { District } from './district.js';
export { MailHandling } from './mail-handling.js';
export { din5008Lines, mailboxLabel, parseMailbox, type VirtualAddressParts } from './din5008-address.js';
export type { ForwardingAddress } from './entities/address-allocation.entity.js';
/** Pools are shared: business addresses are allocated from pools of purpose `businesses` through this service. */
export { AddressPools, type AddressPoolInfo } from './address-pools.service.js';
/** Administration of pools per purpose (business-address keeps its service points with it), and its GraphQL types. */
export { AddressPoolAdministration, type AddressPoolDetails } from './pools/address-pool-administration.js';
export { CreateAddressPoolInput, UpdateAddressPoolInput } from './pools/address-pool-admin.inputs.js';
export { AddressPoolModel } from './pools/address-pool.model.js';
export { ForwardingAddressInput, MailHandlingChoiceInput } from './dto/mail-handling.input.js';
export { ForwardingAddressModel } from './models/virtual-address.model.js';
export { ADDRESSES_ENTITIES } from './addresses.entities.js';
export { ADDRESSES_RESOLVERS } from './addresses.resolvers.js';
