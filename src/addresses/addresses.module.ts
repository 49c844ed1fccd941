import { Module } from '@nestjs/common';
import { AddressAllocationService } from './address-allocation.service.js';
import { AddressPoolSeeder } from './address-pool-seeder.js';
import { AddressResolver } from './address.resolver.js';
import { VirtualAddressService } from './virtual-address.service.js';
import { BUSINESS_ADDRESSES_RESOLVERS } from './business/business-addresses.resolvers.js';
import { BusinessAddressService } from './business/business-address.service.js';
import { BusinessMailController } from './business/business-mail.controller.js';
import { BusinessMailInboxService } from './business/business-mail-inbox.service.js';
import { BusinessMailNotifier } from './business/business-mail-notifier.js';
import { BusinessMailStorage } from './business/business-mail-storage.js';
import { BusinessPostalService } from './business/business-postal.service.js';
import { CompaniesPort } from './business/companies-port.js';

@Module({
  controllers: [BusinessMailController],
  providers: [
    AddressPoolSeeder,
    AddressAllocationService,
    VirtualAddressService,
    AddressResolver,
    CompaniesPort,
    BusinessAddressService,
    BusinessPostalService,
    BusinessMailStorage,
    BusinessMailNotifier,
    BusinessMailInboxService,
    ...BUSINESS_ADDRESSES_RESOLVERS,
  ],
  exports: [AddressAllocationService, BusinessAddressService],
})
export class AddressesModule {}
