import { Module } from '@nestjs/common';
import { AddressAllocationService } from './address-allocation.service.js';
import { AddressPoolSeeder } from './address-pool-seeder.js';
import { AddressResolver } from './address.resolver.js';
import { VirtualAddressService } from './virtual-address.service.js';
import { BUSINESS_ADDRESSES_RESOLVERS } from './business/business-addresses.resolvers.js';

@Module({
  providers: [AddressPoolSeeder, AddressAllocationService, VirtualAddressService, AddressResolver, ...BUSINESS_ADDRESSES_RESOLVERS],
  exports: [AddressAllocationService],
})
export class AddressesModule {}
