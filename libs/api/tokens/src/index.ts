// Start: the hash key and the rate, from the app's configuration.
export { configureApiTokens, secretHmac } from './lib/format/token-secret';
export { mintToken, parseToken, type ParsedToken } from './lib/format/token-format';
// Requests: the bearer header (file routes), the operation guard (GraphQL), the answer's headers, the usage.
export { authenticateApiToken, TOKEN_REFUSALS, type AuthenticatedToken, type TokenRefusal } from './lib/auth/authenticate-token';
export { attachApiTokenCandidate, apiTokenPlugin, authenticateTokenRequest } from './lib/auth/token-request';
export { API_TOKEN_RATE, rateLimitHeaders } from './lib/usage/rate-limit';
export { recordApiTokenUseLater, settleApiTokenUses } from './lib/usage/record-use';
export { assertTokenMayRun, TOKEN_ROOT_FIELDS } from './lib/operations/token-operations';
export { leakedTokensRouter } from './lib/leaks/leaked-tokens';
export { runTokenLifecycleOnce } from './lib/lifecycle/token-lifecycle';

export { tokensModule } from './lib/tokens.module';
/** The tokens context's error messages in every language (registered for the answer's translation and the catalog test). */
export { TOKENS_ERRORS } from './lib/i18n/tokens-errors.catalog';
