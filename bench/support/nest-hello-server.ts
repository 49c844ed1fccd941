// The baseline for `me`: a minimal NestJS 12 + Fastify + Apollo code-first server with one `hello`
// query, the same stack as the app without its own layers (auth, request context, logging, database).
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule, Query, Resolver } from '@nestjs/graphql';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';

@Resolver()
class HelloResolver {
  @Query(() => String)
  hello(): string {
    return 'Glück auf';
  }
}

@Module({
  imports: [GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, path: '/graphql', autoSchemaFile: true, playground: false })],
  providers: [HelloResolver],
})
class HelloModule {}

const app = await NestFactory.create<NestFastifyApplication>(HelloModule, new FastifyAdapter(), { logger: false });
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
