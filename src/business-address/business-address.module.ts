import { Module } from '@nestjs/common';
import { AddressesModule } from '../addresses/index.js';
import { CompaniesModule } from '../companies/index.js';
import { BusinessAddressService } from './business-address.service.js';
import { BUSINESS_ADDRESS_RESOLVERS } from './business-address.resolvers.js';
import { BusinessMailController } from './business-mail.controller.js';
import { BusinessMailInboxService } from './business-mail-inbox.service.js';
import { BusinessMailNotifier } from './business-mail-notifier.js';
import { BusinessMailStorage } from './business-mail-storage.js';
import { BusinessPostalService } from './business-postal.service.js';
import { BusinessServicePointSeeder } from './business-service-point-seeder.js';
import { BusinessMailFeeRefunds } from './business-mail-fee-refunds.js';
import { ServicePointAdministration } from './service-points/service-point-administration.service.js';

/**
 * Business mailboxes at partner service points, their postal service and scanned letters. Depends on
 * companies (access, directory, journey) and addresses (the pools); companies reaches it only
 * through the EstablishmentAddresses port this module registers into.
 */ @Module({
  // Payments is a global module: FeeSchedule and PaymentSubjects come from it.
  imports: [AddressesModule, CompaniesModule],
  controllers: [BusinessMailController],
  providers: [
    BusinessServicePointSeeder,
    BusinessAddressService,
    BusinessPostalService,
    BusinessMailFeeRefunds,
    BusinessMailStorage,
    BusinessMailNotifier,
    BusinessMailInboxService,
    ServicePointAdministration,
    ...BUSINESS_ADDRESS_RESOLVERS,
  ],
  exports: [BusinessAddressService],
})
export class BusinessAddressModule {}
