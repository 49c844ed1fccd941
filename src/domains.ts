/**
 * The one composition point: every domain once, through its public surface. The app module, the
 * TypeORM data source (database/entities.ts) and the schema CLI read their lists from here.
 * Order matters for modules: a domain comes after the domains it uses.
 */
import type { DynamicModule, Type } from '@nestjs/common';
import { ADDRESSES_ENTITIES, ADDRESSES_RESOLVERS, AddressesModule } from './addresses/index.js';
import { APPOINTMENTS_ENTITIES, APPOINTMENTS_RESOLVERS, AppointmentsModule } from './appointments/index.js';
import { BACKOFFICE_ENTITIES, BACKOFFICE_RESOLVERS, BackofficeModule } from './backoffice/index.js';
import { BANKING_ENTITIES, BANKING_RESOLVERS, BankingModule } from './banking/index.js';
import { BUSINESS_ADDRESS_ENTITIES, BUSINESS_ADDRESS_RESOLVERS, BusinessAddressModule } from './business-address/index.js';
import { CARDS_ENTITIES, CARDS_RESOLVERS, CardsModule } from './cards/index.js';
import { COMPANIES_ENTITIES, COMPANIES_RESOLVERS, CompaniesModule } from './companies/index.js';
import { CONSULTATIONS_ENTITIES, CONSULTATIONS_RESOLVERS, ConsultationsModule } from './consultations/index.js';
import type { AppConfig } from './config/app-config.js';
import { IDENTITY_ENTITIES, IDENTITY_RESOLVERS, IdentityModule } from './identity/index.js';
import {
  IDENTITY_VERIFICATION_ENTITIES,
  IDENTITY_VERIFICATION_RESOLVERS,
  IdentityVerificationModule,
} from './identity-verification/index.js';
import { KIOSK_ENTITIES, KIOSK_RESOLVERS, KioskModule } from './kiosk/index.js';
import { LEGAL_ENTITIES, LEGAL_RESOLVERS, LegalModule } from './legal/index.js';
import { NOTIFICATIONS_ENTITIES, NOTIFICATIONS_RESOLVERS, NotificationsModule } from './notifications/index.js';
import { PARTICIPATION_ENTITIES, PARTICIPATION_RESOLVERS, ParticipationModule } from './participation/index.js';
import { PAYMENTS_ENTITIES, PAYMENTS_RESOLVERS, PaymentsModule } from './payments/index.js';
import { PKI_ENTITIES, PKI_RESOLVERS, PkiModule } from './pki/index.js';
import { PRIVACY_RESOLVERS, PrivacyModule } from './privacy/index.js';
import { RESIDENCY_ENTITIES, RESIDENCY_RESOLVERS, ResidencyModule } from './residency/index.js';
import { SECURE_MESSAGING_ENTITIES, SECURE_MESSAGING_RESOLVERS, SecureMessagingModule } from './secure-messaging/index.js';
import { TRADE_REGISTRATION_ENTITIES, TRADE_REGISTRATION_RESOLVERS, TradeRegistrationModule } from './trade-registration/index.js';
import { VENUES_ENTITIES, VENUES_RESOLVERS, VenuesModule } from './venues/index.js';

export function domainModules(config: AppConfig): (Type | DynamicModule)[] {
  return [
    NotificationsModule.register(config),
    IdentityModule,
    PaymentsModule.register(config),
    AddressesModule,
    BackofficeModule,
    ResidencyModule,
    CardsModule,
    VenuesModule,
    IdentityVerificationModule,
    CompaniesModule,
    BusinessAddressModule,
    TradeRegistrationModule,
    BankingModule,
    PkiModule,
    SecureMessagingModule,
    ParticipationModule,
    AppointmentsModule,
    ConsultationsModule,
    PrivacyModule,
    LegalModule,
    KioskModule,
  ];
}

export const DOMAIN_ENTITIES: Function[] = [
  ...IDENTITY_ENTITIES,
  ...NOTIFICATIONS_ENTITIES,
  ...PAYMENTS_ENTITIES,
  ...RESIDENCY_ENTITIES,
  ...ADDRESSES_ENTITIES,
  ...BACKOFFICE_ENTITIES,
  ...CARDS_ENTITIES,
  ...VENUES_ENTITIES,
  ...BUSINESS_ADDRESS_ENTITIES,
  ...IDENTITY_VERIFICATION_ENTITIES,
  ...COMPANIES_ENTITIES,
  ...TRADE_REGISTRATION_ENTITIES,
  ...BANKING_ENTITIES,
  ...PKI_ENTITIES,
  ...SECURE_MESSAGING_ENTITIES,
  ...PARTICIPATION_ENTITIES,
  ...APPOINTMENTS_ENTITIES,
  ...CONSULTATIONS_ENTITIES,
  ...LEGAL_ENTITIES,
  ...KIOSK_ENTITIES,
];

export const DOMAIN_RESOLVERS: Function[] = [
  ...IDENTITY_RESOLVERS,
  ...NOTIFICATIONS_RESOLVERS,
  ...PAYMENTS_RESOLVERS,
  ...RESIDENCY_RESOLVERS,
  ...ADDRESSES_RESOLVERS,
  ...BACKOFFICE_RESOLVERS,
  ...CARDS_RESOLVERS,
  ...VENUES_RESOLVERS,
  ...BUSINESS_ADDRESS_RESOLVERS,
  ...IDENTITY_VERIFICATION_RESOLVERS,
  ...COMPANIES_RESOLVERS,
  ...TRADE_REGISTRATION_RESOLVERS,
  ...BANKING_RESOLVERS,
  ...PKI_RESOLVERS,
  ...SECURE_MESSAGING_RESOLVERS,
  ...PARTICIPATION_RESOLVERS,
  ...APPOINTMENTS_RESOLVERS,
  ...CONSULTATIONS_RESOLVERS,
  ...PRIVACY_RESOLVERS,
  ...LEGAL_RESOLVERS,
  ...KIOSK_RESOLVERS,
];
