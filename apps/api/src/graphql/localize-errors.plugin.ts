import type { ApolloServerPlugin } from '@apollo/server';
import { localizeErrorMessage, requestPlugin, type RequestContext } from '@manager/api-core';

/**
 * Every error of a GraphQL answer in the caller's language (`ctx.language`: the saved preference,
 * else Accept-Language, else English), as the last step before the answer is sent: the errors are
 * formatted by then (masked, validation issues named), so whatever a client reads is translated,
 * whichever stage refused. `extensions` (code, field) are left exactly as they are.
 */
export function localizeErrorsPlugin(): ApolloServerPlugin<RequestContext> {
  return requestPlugin<RequestContext>({
    async willSendResponse({ response, contextValue }) {
      const language = contextValue?.language ?? 'en';
      if (language === 'en' || response.body.kind !== 'single') return;
      const errors = response.body.singleResult.errors;
      if (!errors?.length) return;
      // Written for this language: the HTTP layer (localizeGraphqlRefusals) leaves it as it is.
      response.http.headers.set('content-language', language);
      response.body.singleResult.errors = errors.map((error) => {
        const message = localizeErrorMessage(error.message, language);
        return message === error.message ? error : { ...error, message };
      });
    },
  });
}
