import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import path from 'node:path';
import type { AppConfig } from '../config/app-config.js';
import { ErrorCode, HTTP_STATUS_OF } from '../common/errors/error-code.js';
import { ErrorPresenter, type PresentationFallback } from '../common/errors/error-presenter.js';
import type { GraphqlContext } from '../common/graphql-context.js';
import { PROJECT_ROOT } from '../common/project-root.js';
import { guardArguments } from './argument-guard.js';
import type { MetricsRegistry } from '../common/metrics/metrics-registry.js';
import { graphqlObservabilityPlugin } from '../observability/graphql-observability.plugin.js';
import type { Terminals } from '../common/terminals/index.js';
import { isSocketContext, LiveSockets, type SocketContextArgument } from './live-sockets.js';

export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema.gql');

/** Most tokens a query document may have; more is refused while parsing (a caller's mistake, 400). */
export const MAX_QUERY_TOKENS = 2000;

/**
 * A response without data that Apollo would send as HTTP 500 although every error in it is the
 * caller's (a limit or check refusing the request before execution) gets the status of its codes.
 */
export const callerErrorStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single' || (response.http.status ?? 200) < 500) return;
        const codes = (response.body.singleResult.errors ?? []).map((error) => error.extensions?.code as ErrorCode | undefined);
        if (codes.length === 0 || codes.some((code) => !code || code === ErrorCode.INTERNAL || !(code in HTTP_STATUS_OF))) return;
        response.http.status = Math.max(...codes.map((code) => HTTP_STATUS_OF[code!]));
      },
    };
  },
};

/** Apollo on Fastify, code-first, with depth/alias/cost/token limits, CSRF prevention and no batching. */
export function graphqlOptions(
  config: AppConfig,
  presenter: ErrorPresenter,
  metrics: MetricsRegistry,
  terminals?: Terminals,
): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: config.graphql.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: config.graphql.maxAliases },
    costLimit: { maxCost: config.graphql.maxCost, ignoreIntrospection: true },
    // Counted by the GraphQL parser itself (parseOptions below), so that an excess is a parse error.
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: config.isProduction },
  }).protect();

  const formatError = (formatted: GraphQLFormattedError, error: unknown, fallback?: PresentationFallback): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const graphqlCode = formatted.extensions?.code as string | undefined;
    const isRequestError = original === error && graphqlCode !== undefined && graphqlCode !== 'INTERNAL_SERVER_ERROR';
    const presented = presenter.present(isRequestError ? undefined : original, graphqlCode, formatted.message, fallback);
    return { message: presented.message, locations: formatted.locations, path: formatted.path, extensions: presented.extensions };
  };
  // Subscriptions (graphql-ws) on the same port and path; errors in the same shape, with the socket's correlation id.
  const sockets = new LiveSockets((error, correlationId, language, requestCode) => {
    const formatted: GraphQLFormattedError =
      error instanceof GraphQLError ? error.toJSON() : { message: String((error as Error).message ?? error) };
    const coded = requestCode ? { ...formatted, extensions: { ...formatted.extensions, code: requestCode } } : formatted;
    return formatError(coded, error, { correlationId: correlationId || undefined, language: language || undefined });
  }, terminals);

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
    parseOptions: { maxTokens: MAX_QUERY_TOKENS },
    plugins: [
      ...(armor.plugins as NonNullable<ApolloDriverConfig['plugins']>),
      callerErrorStatusPlugin,
      graphqlObservabilityPlugin(metrics),
      // No response is cached by its GraphQL cache hints (there are none): without this, Apollo's default
      // cache-control plugin wraps every field's resolution to compute a policy nobody reads.
      ApolloServerPluginCacheControlDisabled(),
    ],
    transformSchema: guardArguments,
    validationRules: armor.validationRules,
    subscriptions: { 'graphql-ws': sockets.options() },
    // @as-integrations/fastify calls the context function with (request, reply); graphql-ws with its socket context.
    context: (request: GraphqlContext['req'] | SocketContextArgument, reply: GraphqlContext['reply']): GraphqlContext =>
      isSocketContext(request) ? (sockets.operationContext(request) as unknown as GraphqlContext) : { req: request, reply },
    formatError: (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => formatError(formatted, error),
  };
}
