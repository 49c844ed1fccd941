import { BankAccountApplication } from './entities/bank-account-application.entity.js';
import { BankDocumentRequest } from './entities/bank-document-request.entity.js';
import { BankWebhookEvent } from './entities/bank-webhook-event.entity.js';
import { PartnerBank } from './entities/partner-bank.entity.js';
import { SANDBOX_BANK_ENTITIES } from './sandbox-bank/sandbox-bank.entities.js';

/** The TypeORM entities of this domain (collected in src/database/entities.ts). */
export const BANKING_ENTITIES: Function[] = [
  PartnerBank,
  BankAccountApplication,
  BankDocumentRequest,
  BankWebhookEvent,
  ...SANDBOX_BANK_ENTITIES,
];
