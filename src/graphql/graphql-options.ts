import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLFormattedError } from 'graphql';
import path from 'node:path';
import type { AppConfig } from '../config/app-config.js';
import { ErrorPresenter } from '../common/errors/error-presenter.js';
import type { GraphqlContext } from '../common/graphql-context.js';
import { PROJECT_ROOT } from '../common/project-root.js';

export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema.gql');

/** Apollo on Fastify, code-first, with depth/alias/cost/token limits, CSRF prevention and no batching. */
export function graphqlOptions(config: AppConfig, presenter: ErrorPresenter): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: config.graphql.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: config.graphql.maxAliases },
    costLimit: { maxCost: config.graphql.maxCost, ignoreIntrospection: true },
    maxTokens: { n: 2000 },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: config.isProduction },
  }).protect();

  return {
    driver: ApolloDriver,
    path: '/graphql',
    // The committed schema.gql is written by `npm run schema:generate`; a test checks it matches.
    autoSchemaFile: true,
    sortSchema: true,
    introspection: config.graphql.introspection,
    playground: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    autoTransformHttpErrors: false,
    plugins: armor.plugins as ApolloDriverConfig['plugins'],
    validationRules: armor.validationRules,
    // @as-integrations/fastify calls the context function with (request, reply).
    context: (request: GraphqlContext['req'], reply: GraphqlContext['reply']): GraphqlContext => ({ req: request, reply }),
    formatError: (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
      const original = unwrapResolverError(error);
      const graphqlCode = formatted.extensions?.code as string | undefined;
      const isRequestError = original === error && graphqlCode !== undefined && graphqlCode !== 'INTERNAL_SERVER_ERROR';
      const presented = presenter.present(isRequestError ? undefined : original, graphqlCode, formatted.message);
      return { message: presented.message, locations: formatted.locations, path: formatted.path, extensions: presented.extensions };
    },
  };
}
