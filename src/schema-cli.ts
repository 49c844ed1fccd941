/** Writes schema.gql from the code-first resolvers without starting a server or a database. */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { printSchema, lexicographicSortSchema } from 'graphql';
import { writeFileSync } from 'node:fs';
import { SCHEMA_FILE } from './graphql/graphql-options.js';
import { DOMAIN_RESOLVERS } from './domains.js';

async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(DOMAIN_RESOLVERS);
  writeFileSync(SCHEMA_FILE, printSchema(lexicographicSortSchema(schema)) + '\n');
  await app.close();
  console.log(`Wrote ${SCHEMA_FILE}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
