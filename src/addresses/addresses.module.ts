import { Module } from '@nestjs/common';
import { AddressAllocationService } from './address-allocation.service.js';
import { AddressPoolSeeder } from './address-pool-seeder.js';
import { AddressPools } from './address-pools.service.js';
import { AddressPoolAdminResolver } from './pools/address-pool-admin.resolver.js';
import { AddressPoolAdministration } from './pools/address-pool-administration.js';
import { ResidentAddressPools } from './pools/resident-address-pools.service.js';
import { AddressResolver } from './address.resolver.js';
import { ResidentMailController } from './resident-mail.controller.js';
import { ResidentMailResolver } from './resident-mail.resolver.js';
import { ResidentMailService } from './resident-mail.service.js';
import { ResidentMailStorage } from './resident-mail-storage.js';
import { VirtualAddressService } from './virtual-address.service.js';
import { AddressesPersonalData } from './addresses-personal-data.js';

/** Residents' mail tells the holder through notifications (a global module). */
@Module({
  controllers: [ResidentMailController],
  providers: [
    AddressesPersonalData,
    AddressPoolSeeder,
    AddressPools,
    AddressPoolAdministration,
    ResidentAddressPools,
    AddressPoolAdminResolver,
    AddressAllocationService,
    VirtualAddressService,
    AddressResolver,
    ResidentMailStorage,
    ResidentMailService,
    ResidentMailResolver,
  ],
  exports: [AddressAllocationService, AddressPoolSeeder, AddressPools, AddressPoolAdministration],
})
export class AddressesModule {}
