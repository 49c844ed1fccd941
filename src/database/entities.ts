import { AuditEvent } from '../common/audit/audit-event.entity.js';
import { Account } from '../identity/account.entity.js';
import { AccountToken } from '../identity/account-token.entity.js';
import { RefreshToken } from '../identity/refresh-token.entity.js';
import { InAppNotification } from '../notifications/in-app/in-app-notification.entity.js';
import { OutboxEmail } from '../notifications/outbox/outbox-email.entity.js';
import { Payment } from '../payments/payment.entity.js';
import { PaymentEvent } from '../payments/payment-event.entity.js';
import { SandboxCheckoutSession } from '../payments/sandbox/sandbox-checkout-session.entity.js';
import { AddressAllocation } from '../addresses/entities/address-allocation.entity.js';
import { AddressPool } from '../addresses/entities/address-pool.entity.js';
import { BackofficeCaseEvent } from '../backoffice/entities/backoffice-case-event.entity.js';
import { BackofficeCase } from '../backoffice/entities/backoffice-case.entity.js';
import { ApplicationMessage } from '../residency/entities/application-message.entity.js';
import { EvidenceDocument } from '../residency/entities/evidence-document.entity.js';
import { ResidencyApplication } from '../residency/entities/residency-application.entity.js';
import { Residency } from '../residency/entities/residency.entity.js';
import { CardCredential } from '../cards/entities/card-credential.entity.js';
import { CardIssuerKey } from '../cards/entities/card-issuer-key.entity.js';
import { CardRequest } from '../cards/entities/card-request.entity.js';
import { CitizenCard } from '../cards/entities/citizen-card.entity.js';
import { Venue } from '../venues/entities/venue.entity.js';
import { VenueOperator } from '../venues/entities/venue-operator.entity.js';
import { Offer } from '../venues/entities/offer.entity.js';
import { VenueApiKey } from '../venues/entities/venue-api-key.entity.js';
import { VerificationRecord } from '../venues/entities/verification-record.entity.js';

import { BUSINESS_ADDRESSES_ENTITIES } from '../addresses/business/business-addresses.entities.js';
import { IDENTITY_VERIFICATION_ENTITIES } from '../identity-verification/identity-verification.entities.js';
import { COMPANIES_ENTITIES } from '../companies/companies.entities.js';
import { TRADE_REGISTRATION_ENTITIES } from '../trade-registration/trade-registration.entities.js';
import { BANKING_ENTITIES } from '../banking/banking.entities.js';
import { PKI_ENTITIES } from '../pki/pki.entities.js';
import { SECURE_MESSAGING_ENTITIES } from '../secure-messaging/secure-messaging.entities.js';

/** Every TypeORM entity of the application (used by the app and the migration tooling). */
export const ALL_ENTITIES = [AuditEvent, Account, AccountToken, RefreshToken, OutboxEmail, InAppNotification, Payment, PaymentEvent, SandboxCheckoutSession,
  ResidencyApplication, EvidenceDocument, ApplicationMessage, Residency, AddressPool, AddressAllocation, BackofficeCase, BackofficeCaseEvent,
  CardIssuerKey, CitizenCard, CardCredential, CardRequest,
  Venue, VenueOperator, Offer, VenueApiKey, VerificationRecord,
  ...BUSINESS_ADDRESSES_ENTITIES,
  ...IDENTITY_VERIFICATION_ENTITIES,
  ...COMPANIES_ENTITIES,
  ...TRADE_REGISTRATION_ENTITIES,
  ...BANKING_ENTITIES,
  ...PKI_ENTITIES,
  ...SECURE_MESSAGING_ENTITIES,
];
