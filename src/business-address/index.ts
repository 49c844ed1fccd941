/** The public surface of the business-address domain: business mailboxes at partner service points and their postal service. */
export { BusinessAddressModule } from './business-address.module.js';
export { BusinessAddressService, type BusinessServicePoint } from './business-address.service.js';
export { BUSINESS_ADDRESS_ENTITIES } from './business-address.entities.js';
export { BUSINESS_ADDRESS_RESOLVERS } from './business-address.resolvers.js';
