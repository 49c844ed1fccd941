import { Module } from '@nestjs/common';
import { AddressAllocationService } from './address-allocation.service.js';
import { AddressPoolSeeder } from './address-pool-seeder.js';
import { AddressPools } from './address-pools.service.js';
import { AddressResolver } from './address.resolver.js';
import { VirtualAddressService } from './virtual-address.service.js';

@Module({
  providers: [AddressPoolSeeder, AddressPools, AddressAllocationService, VirtualAddressService, AddressResolver],
  exports: [AddressAllocationService, AddressPoolSeeder, AddressPools],
})
export class AddressesModule {}
