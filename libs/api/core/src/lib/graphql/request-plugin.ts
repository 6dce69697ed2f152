import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';

/**
 * A plugin whose hooks read everything from their arguments: one listener for every request,
 * handed out as one settled promise, instead of an async `requestDidStart` making a promise and
 * an object of closures per request for each plugin.
 */
export function requestPlugin<TContext extends BaseContext>(listener: GraphQLRequestListener<TContext>): ApolloServerPlugin<TContext> {
  const started = Promise.resolve(listener);
  return { requestDidStart: () => started };
}
