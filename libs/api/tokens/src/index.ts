export { configureApiTokens, secretHmac } from './lib/format/token-secret';
export { mintToken, parseToken, displayPrefix, TOKEN_LENGTH, type ParsedToken } from './lib/format/token-format';
export { authenticateApiToken, TOKEN_REFUSALS, type AuthenticatedToken, type TokenRefusal } from './lib/auth/authenticate-token';
export { attachApiTokenCandidate, apiTokenPlugin, authenticateTokenRequest, hasApiToken } from './lib/auth/token-request';
export { API_TOKEN_RATE, chargeApiToken, rateLimitHeaders, tokenRateCapacity, type RateCharge } from './lib/usage/rate-limit';
export { recordApiTokenUse } from './lib/usage/record-use';
export { truncatedIp } from './lib/usage/truncated-ip';
export { assertTokenMayRun, TOKEN_ROOT_FIELDS } from './lib/operations/token-operations';
export { leakedTokensRouter, revokeLeakedTokens, LEAK_REPORTS } from './lib/leaks/leaked-tokens';
export { runTokenLifecycleOnce, startTokenLifecycleJob, TOKEN_LIFECYCLE, dueReminder } from './lib/lifecycle/token-lifecycle';
export { ApiToken } from './lib/api-token.entity';

export { tokensModule } from './lib/tokens.module';
