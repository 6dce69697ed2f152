import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { depthAndAliasLimitRule, OPERATION_LIMITS, type RequestContext } from '@manager/api-core';
import { apiTokenPlugin } from '@manager/api-tokens';
import { createErrorFormatter } from './format-error';
import { jitGateway } from './jit-gateway';
import { localizeErrorsPlugin } from './localize-errors.plugin';
import { operationGuardPlugin } from './operation-guard.plugin';
import { sqlStatementCountPlugin } from './sql-statement-count.plugin';

/**
 * What every operation meets before it runs, besides graphql-js's own rules: the parser's token
 * bound and the depth and alias limits. Exported so that the benchmark's graphql-js baseline
 * (tools/bench) applies exactly the same.
 */
export const OPERATION_PARSE_OPTIONS = { maxTokens: OPERATION_LIMITS.maxTokens };
export const OPERATION_VALIDATION_RULES = [depthAndAliasLimitRule(OPERATION_LIMITS.maxDepth, OPERATION_LIMITS.maxAliases)];

/**
 * Apollo with only what earns its keep: no CDN landing page (GraphiQL is served locally), no
 * federation trace plugin, no cache-control plugin (it costs a third of the throughput on large responses and we send no
 * cache hints), no batched HTTP requests (one operation per request, so limits and throttles
 * cannot be sidestepped), CSRF prevention on.
 */
export function createApolloServer(
  schema: GraphQLSchema,
  options: { log: Logger; production: boolean; exposeSqlStatements: boolean },
) {
  return new ApolloServer<RequestContext>({
    // graphql-jit runs the operations (see jit-gateway.ts); Apollo does everything around them.
    gateway: jitGateway(schema),
    // A request with `Authorization` is no cross-site forgery: browsers never add that header on
    // their own, and an API token is never read from a cookie (a request with both is refused).
    csrfPrevention: { requestHeaders: ['x-apollo-operation-name', 'apollo-require-preflight', 'authorization'] },
    allowBatchedHttpRequests: false,
    // Apollo's default appends a newline: a second string the size of the answer, which writing
    // it then copies flat once more (Content-Length) before encoding it. JSON has no use for it.
    stringifyResult: (result) => JSON.stringify(result),
    introspection: true,
    // Stack traces go to the log, never to a client, in development as in production.
    includeStacktraceInErrorResponses: false,
    parseOptions: OPERATION_PARSE_OPTIONS,
    validationRules: OPERATION_VALIDATION_RULES,
    // No "Did you mean …" naming the schema to anonymous callers (see format-error.ts).
    hideSchemaDetailsFromClientErrors: options.production,
    formatError: createErrorFormatter(options.log, { production: options.production }),
    logger: {
      debug: (m) => options.log.debug(m),
      info: (m) => options.log.info(m),
      warn: (m) => options.log.warn(m),
      error: (m) => options.log.error(m),
    },
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      // Apollo installs its federation trace plugin otherwise, which asks on every request whether to trace: never, this is no subgraph.
      ApolloServerPluginInlineTraceDisabled(),
      operationGuardPlugin({ production: options.production }),
      apiTokenPlugin(),
      ...(options.exposeSqlStatements ? [sqlStatementCountPlugin()] : []),
      // Last: it translates what every other step refused.
      localizeErrorsPlugin(),
    ],
  });
}
