/** Writes schema.gql from the code-first resolvers without starting a server or a database. */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { printSchema, lexicographicSortSchema } from 'graphql';
import { writeFileSync } from 'node:fs';
import { SCHEMA_FILE } from './graphql/graphql-options.js';
import { IdentityResolver } from './identity/identity.resolver.js';
import { InAppNotificationResolver } from './notifications/in-app/in-app-notification.resolver.js';
import { OutboxAdminResolver } from './notifications/outbox/outbox-admin.resolver.js';

export const ALL_RESOLVERS = [IdentityResolver, InAppNotificationResolver, OutboxAdminResolver];

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
