import type { ApolloServerPlugin } from '@apollo/server';
import { currentSqlStatements, requestPlugin, type RequestContext } from '@manager/api-core';

/**
 * Adds `extensions.sqlStatements` (the count) to every response. Off by default: it tells a
 * client something about the server's internals, so only tests and benchmarks switch it on.
 */
export function sqlStatementCountPlugin(): ApolloServerPlugin<RequestContext> {
  return requestPlugin<RequestContext>({
    async willSendResponse({ response }) {
      if (response.body.kind === 'single') {
        response.body.singleResult.extensions = {
          ...response.body.singleResult.extensions,
          sqlStatements: currentSqlStatements().length,
        };
      }
    },
  });
}
