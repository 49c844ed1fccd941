import { AddressPool } from './entities/address-pool.entity.js';
import { AddressAllocation } from './entities/address-allocation.entity.js';
import { ResidentMailItem } from './entities/resident-mail-item.entity.js';

/** The TypeORM entities of the addresses domain (registered once, in src/domains.ts). */
export const ADDRESSES_ENTITIES = [AddressPool, AddressAllocation, ResidentMailItem];
