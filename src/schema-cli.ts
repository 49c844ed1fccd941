/** Writes schema.gql from the code-first resolvers without starting a server or a database. */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { printSchema, lexicographicSortSchema } from 'graphql';
import { writeFileSync } from 'node:fs';
import { SCHEMA_FILE } from './graphql/graphql-options.js';
import { CardsResolver } from './cards/cards.resolver.js';
import { IdentityResolver } from './identity/identity.resolver.js';
import { InAppNotificationResolver } from './notifications/in-app/in-app-notification.resolver.js';
import { OutboxAdminResolver } from './notifications/outbox/outbox-admin.resolver.js';
import { PaymentsResolver } from './payments/payments.resolver.js';
import { AddressResolver } from './addresses/address.resolver.js';
import { BackofficeCaseFieldsResolver } from './backoffice/backoffice-case-fields.resolver.js';
import { BackofficeCaseResolver } from './backoffice/backoffice-case.resolver.js';
import { CaseEventFieldsResolver } from './backoffice/case-event-fields.resolver.js';
import { ResidencyApplicationFieldsResolver } from './residency/residency-application-fields.resolver.js';
import { ResidencyCaseFieldsResolver } from './residency/residency-case-fields.resolver.js';
import { ResidencyResolver } from './residency/residency.resolver.js';
import { VenuesResolver } from './venues/venues.resolver.js';

import { BUSINESS_ADDRESSES_RESOLVERS } from './addresses/business/business-addresses.resolvers.js';
import { IDENTITY_VERIFICATION_RESOLVERS } from './identity-verification/identity-verification.resolvers.js';
import { COMPANIES_RESOLVERS } from './companies/companies.resolvers.js';
import { TRADE_REGISTRATION_RESOLVERS } from './trade-registration/trade-registration.resolvers.js';
import { BANKING_RESOLVERS } from './banking/banking.resolvers.js';
import { PKI_RESOLVERS } from './pki/pki.resolvers.js';
import { SECURE_MESSAGING_RESOLVERS } from './secure-messaging/secure-messaging.resolvers.js';

export const ALL_RESOLVERS = [IdentityResolver, InAppNotificationResolver, OutboxAdminResolver, PaymentsResolver,
  ResidencyResolver, ResidencyApplicationFieldsResolver, ResidencyCaseFieldsResolver, AddressResolver,
  BackofficeCaseResolver, BackofficeCaseFieldsResolver, CaseEventFieldsResolver,
  CardsResolver,
  VenuesResolver,
  ...BUSINESS_ADDRESSES_RESOLVERS,
  ...IDENTITY_VERIFICATION_RESOLVERS,
  ...COMPANIES_RESOLVERS,
  ...TRADE_REGISTRATION_RESOLVERS,
  ...BANKING_RESOLVERS,
  ...PKI_RESOLVERS,
  ...SECURE_MESSAGING_RESOLVERS,
];

async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(ALL_RESOLVERS);
  writeFileSync(SCHEMA_FILE, printSchema(lexicographicSortSchema(schema)) + '\n');
  await app.close();
  console.log(`Wrote ${SCHEMA_FILE}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
