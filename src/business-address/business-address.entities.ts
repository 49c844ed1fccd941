import { BusinessAddressAllocation } from './entities/business-address-allocation.entity.js';
import { BusinessMailCharge } from './entities/business-mail-charge.entity.js';
import { BusinessMailItem } from './entities/business-mail-item.entity.js';
import { BusinessMailService } from './entities/business-mail-service.entity.js';

/** The TypeORM entities of business addresses (collected in src/database/entities.ts). */
export const BUSINESS_ADDRESS_ENTITIES: Function[] = [BusinessAddressAllocation, BusinessMailService, BusinessMailCharge, BusinessMailItem];
