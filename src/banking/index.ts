/** The public surface of the banking domain: partner banks, account applications and their events. */
export { BankingModule } from './banking.module.js';
export { PartnerBanks } from './partner-banks.service.js';
export { BANK_APPLICATION_STATUS_CHANGED, type BankApplicationStatusChanged } from './banking-events.js';
export { BankAccountApplicationStatus } from './entities/bank-account-application.entity.js';
export { BANKING_ENTITIES } from './banking.entities.js';
export { BANKING_RESOLVERS } from './banking.resolvers.js';
